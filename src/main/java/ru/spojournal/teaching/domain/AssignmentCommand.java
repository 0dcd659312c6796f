package ru.spojournal.teaching.domain;

/** A new teaching assignment as the administrator enters it; any part may be missing or wrong. */
public record AssignmentCommand(
        Long teacherStaffId, Long groupId, Long subgroupId, Long subjectId, Long termId, Integer plannedHours) {}
