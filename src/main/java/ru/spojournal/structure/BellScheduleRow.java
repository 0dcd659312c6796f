package ru.spojournal.structure;

import java.util.List;

/** A режим работы with its пары, those for every day first, then by weekday and number. */
public record BellScheduleRow(Long id, String name, List<PeriodRow> periods) {}
