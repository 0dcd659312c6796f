package ru.spojournal.structure.domain;

import java.time.LocalDate;

/** A term as the administrator's page shows it, with its version. */
public record TermRow(
        Long id,
        Long academicYearId,
        String academicYearName,
        int number,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        long version) {}
