package ru.spojournal.teaching;

/** A teaching assignment; a journal belongs to exactly one. */
public record AssignmentView(
        Long id,
        Long institutionId,
        Long teacherStaffId,
        Long groupId,
        Long subgroupId,
        Long subjectId,
        Long termId,
        int plannedHours) {}
