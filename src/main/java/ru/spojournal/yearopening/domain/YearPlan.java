package ru.spojournal.yearopening.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the administrator asks for: the new year with its terms, the last course of each specialty,
 * and the first-year groups to create. The wizard proposes one from the current year; every part of
 * it can be edited before it is applied.
 */
public record YearPlan(
        String yearName,
        LocalDate startDate,
        LocalDate endDate,
        List<TermPlan> terms,
        List<FinalCourse> finalCourses,
        List<NewGroupPlan> newGroups,
        String orderNumber) {

    /** A term of the new year, numbered as in the current one. */
    public record TermPlan(int number, String name, LocalDate startDate, LocalDate endDate) {}

    /** The course whose groups graduate at the end of the current year. */
    public record FinalCourse(long specialtyId, int course) {}

    /** A first-year group to create; {@code include} false leaves it out. */
    public record NewGroupPlan(long specialtyId, long departmentId, String name, boolean include) {}

    /** The last course of a specialty, or the default of four courses when the plan does not say. */
    public int finalCourseOf(long specialtyId) {
        return finalCourses.stream()
                .filter(f -> f.specialtyId() == specialtyId)
                .mapToInt(FinalCourse::course)
                .findFirst()
                .orElse(YearRules.DEFAULT_FINAL_COURSE);
    }
}
