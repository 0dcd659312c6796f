package ru.spojournal.journal;

import java.math.BigDecimal;

/** A new or changed entry of a journal list, with the version the form was read at. */
public record SettingsEdit(String name, BigDecimal weight, boolean passFail, boolean excused, Long version) {}
