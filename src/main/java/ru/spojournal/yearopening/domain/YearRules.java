package ru.spojournal.yearopening.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules by which the wizard proposes the next year from the current one. */
final class YearRules {

    /**
     * Most СПО programmes on the basis of 9 classes last 3 years 10 months, that is four courses; a
     * specialty without a curriculum is assumed to be one of them.
     */
    static final int DEFAULT_FINAL_COURSE = 4;

    private YearRules() {}

    /** The last course from the curriculum: its last semester, two semesters a course. */
    static int finalCourse(int lastSemester) {
        return lastSemester <= 0 ? DEFAULT_FINAL_COURSE : (lastSemester + 1) / 2;
    }

    /** «2027/2028» from the new year's dates. */
    static String yearName(LocalDate start, LocalDate end) {
        return start.getYear() + "/" + end.getYear();
    }

    /**
     * The name of a new first-year group from last year's one: its year of admission, written with
     * two digits (ОМД-26-1) or four, is replaced by the new one (ОМД-27-1). A name without the year
     * gets the new year appended, for the administrator to correct.
     */
    static String groupName(String lastName, int lastAdmission, int newAdmission) {
        String four = replaceYear(lastName, String.valueOf(lastAdmission), String.valueOf(newAdmission));
        if (four != null) {
            return four;
        }
        String two = replaceYear(lastName, "%02d".formatted(lastAdmission % 100), "%02d".formatted(newAdmission % 100));
        return two != null ? two : lastName + "-" + "%02d".formatted(newAdmission % 100);
    }

    private static String replaceYear(String name, String year, String next) {
        Matcher m = Pattern.compile("(?<!\\d)" + year + "(?!\\d)").matcher(name);
        return m.find() ? name.substring(0, m.start()) + next + name.substring(m.end()) : null;
    }
}
