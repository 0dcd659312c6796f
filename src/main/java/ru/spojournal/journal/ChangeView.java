package ru.spojournal.journal;

import java.time.Instant;

/** A line of a journal's history. */
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
        String changedByName) {}
