package ru.spojournal.journal.domain;

import java.math.BigDecimal;

/**
 * An entry of one of the journal's lists as the administrator sees it; the weight and pass-fail
 * matter for kinds of work only, "excused" and the cell's mark for reasons of absence only.
 */
public record SettingsEntry(
        Long id,
        String code,
        String name,
        BigDecimal weight,
        boolean passFail,
        boolean excused,
        boolean archived,
        long version,
        String mark) {

    public SettingsEntry(
            Long id,
            String code,
            String name,
            BigDecimal weight,
            boolean passFail,
            boolean excused,
            boolean archived,
            long version) {
        this(id, code, name, weight, passFail, excused, archived, version, null);
    }
}
