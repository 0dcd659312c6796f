package ru.spojournal.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Russian documents write them: 01.09.2026. */
public final class Dates {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : RUSSIAN.format(date);
    }
}
