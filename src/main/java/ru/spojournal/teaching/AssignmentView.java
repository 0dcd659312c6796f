package ru.spojournal.teaching;

/**
 * A teaching assignment; a journal belongs to exactly one. An archived assignment keeps its journal
 * readable, and nobody records in it any more (R1).
 */
public record AssignmentView(
        Long id,
        Long institutionId,
        Long teacherStaffId,
        Long groupId,
        Long subgroupId,
        Long subjectId,
        Long termId,
        int plannedHours,
        boolean archived) {}
