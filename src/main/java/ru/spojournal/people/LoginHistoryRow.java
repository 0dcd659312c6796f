package ru.spojournal.people;

import java.time.Instant;

/** A line of an account's login history. */
public record LoginHistoryRow(Instant at, String address, String userAgent, boolean success) {}
