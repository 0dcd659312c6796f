package ru.spojournal.structure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Time as the college lives it: its time zone, "today" there, its terms and its пары. The day of a
 * lesson is always the college's day, whatever the server's zone.
 */
public interface AcademicCalendar {

    ZoneId zone(long institutionId);

    LocalDate today(long institutionId);

    List<AcademicYearView> academicYears(long institutionId);

    List<TermView> terms(long institutionId);

    Optional<TermView> term(long institutionId, long termId);

    /** The term that holds the date, or else the nearest one before it, or else the first. */
    Optional<TermView> termAt(long institutionId, LocalDate date);

    Optional<TermView> currentTerm(long institutionId);

    /** The пары of a weekday: rows made for that day, or else the rows for every day. */
    List<PeriodView> periods(long institutionId, DayOfWeek day);
}
