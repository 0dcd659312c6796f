package ru.spojournal.journal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A cell after a save, or as it stands when a save came too late (409): its value as written in
 * the journal, its version, who changed it last and when, and the student's figures after it.
 */
public record CellState(
        String value,
        String display,
        Long version,
        Instant updatedAt,
        String updatedBy,
        BigDecimal average,
        int markCount) {}
