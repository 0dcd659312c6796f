package ru.spojournal.journal.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A cell after a save, or as it stands when a save came too late (409): its value as written in
 * the journal, its version, who changed it last and when, the student's figures after it, and for
 * an absence the id of its reason.
 */
public record CellState(
        String value,
        String display,
        Long version,
        Instant updatedAt,
        String updatedBy,
        BigDecimal average,
        int markCount,
        Long reasonId) {

    public CellState(
            String value,
            String display,
            Long version,
            Instant updatedAt,
            String updatedBy,
            BigDecimal average,
            int markCount) {
        this(value, display, version, updatedAt, updatedBy, average, markCount, null);
    }
}
