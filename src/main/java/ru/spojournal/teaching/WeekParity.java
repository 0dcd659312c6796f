package ru.spojournal.teaching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Числитель and знаменатель: colleges alternate some lessons by odd and even weeks, counted from
 * the week in which the academic year starts (that week is odd, a числитель).
 */
public enum WeekParity {
    ALL,
    ODD,
    EVEN;

    public static WeekParity of(LocalDate date, LocalDate yearStart) {
        LocalDate firstMonday = yearStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long week = ChronoUnit.WEEKS.between(firstMonday, monday);
        return week % 2 == 0 ? ODD : EVEN;
    }

    /** Whether a slot of this parity takes place in a week of the given parity. */
    public boolean holdsIn(WeekParity week) {
        return this == ALL || this == week;
    }
}
