package ru.spojournal.journal.domain;

import java.math.BigDecimal;

/**
 * A new or changed entry of a journal list, with the version the form was read at; {@code mark} is
 * the cell's letter of a reason of absence (blank: none).
 */
public record SettingsEdit(
        String name, BigDecimal weight, boolean passFail, boolean excused, Long version, String mark) {

    public SettingsEdit(String name, BigDecimal weight, boolean passFail, boolean excused, Long version) {
        this(name, weight, passFail, excused, version, null);
    }
}
