package ru.spojournal.journal.domain;

import java.time.Instant;

/**
 * A line of a journal's history; {@code studentName} names the student of a cell's change, and
 * {@code columnName} the kind of work of a mark column («Практическая работа №3»).
 */
public record ChangeView(
        ChangeKind kind,
        Long lessonId,
        Long subjectId,
        Long studentId,
        String oldValue,
        String newValue,
        String reason,
        boolean late,
        Instant changedAt,
        Long changedBy,
        String changedByName,
        String studentName,
        String columnName) {}
