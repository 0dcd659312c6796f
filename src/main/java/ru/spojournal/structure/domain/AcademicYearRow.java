package ru.spojournal.structure.domain;

import java.time.LocalDate;

/** An academic year as the administrator's page shows it, with its version. */
public record AcademicYearRow(Long id, String name, LocalDate startDate, LocalDate endDate, long version) {}
