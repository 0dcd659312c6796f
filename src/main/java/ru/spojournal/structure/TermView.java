package ru.spojournal.structure;

import java.time.LocalDate;

/** A term with its academic year and dates. */
public record TermView(
        Long id,
        Long academicYearId,
        String academicYearName,
        int number,
        String name,
        LocalDate startDate,
        LocalDate endDate) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
