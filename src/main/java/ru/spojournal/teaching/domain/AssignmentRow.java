package ru.spojournal.teaching.domain;

/** A teaching assignment with the names the administrator's list and page show. */
public record AssignmentRow(
        long id,
        long version,
        long termId,
        String termName,
        long groupId,
        String groupName,
        Long subgroupId,
        String subgroupName,
        long subjectId,
        String subjectTitle,
        long teacherStaffId,
        String teacherName,
        int plannedHours,
        boolean archived) {}
