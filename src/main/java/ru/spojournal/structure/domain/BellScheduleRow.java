package ru.spojournal.structure.domain;

import java.util.List;

/** A режим работы with its пары, those for every day first, then by weekday and number. */
public record BellScheduleRow(Long id, String name, List<PeriodRow> periods) {}
