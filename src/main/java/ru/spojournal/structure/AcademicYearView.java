package ru.spojournal.structure;

import java.time.LocalDate;

/** An academic year and its dates. */
public record AcademicYearView(Long id, String name, LocalDate startDate, LocalDate endDate) {}
