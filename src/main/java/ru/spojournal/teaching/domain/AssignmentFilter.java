package ru.spojournal.teaching.domain;

/** Which assignments the administrator's list shows: by term, group and teacher, current or archived. */
public record AssignmentFilter(Long termId, Long groupId, Long teacherStaffId, boolean archived) {}
