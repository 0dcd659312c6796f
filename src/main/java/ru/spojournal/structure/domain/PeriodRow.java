package ru.spojournal.structure.domain;

import java.time.LocalTime;

/** A пара as the administrator's bell page shows it: its schedule, weekday (null for every day) and version. */
public record PeriodRow(
        Long id, Long bellScheduleId, Integer dayOfWeek, int number, LocalTime start, LocalTime end, long version) {}
