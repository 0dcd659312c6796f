package ru.spojournal.structure;

import java.time.LocalTime;

/** A пара: its number, the weekday it is specific to (null for every day), and its times. */
public record PeriodView(int number, Integer dayOfWeek, LocalTime start, LocalTime end) {}
