package ru.spojournal.people;

import java.time.LocalDate;

/** A line of a student's history. */
public record MovementView(
        MovementKind kind,
        Long fromGroupId,
        Long toGroupId,
        LocalDate effectiveOn,
        String orderNumber,
        String reason) {}
