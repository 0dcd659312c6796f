package ru.spojournal.portal;

/** A parent sent a notice of absence; the group's curator is told. */
@org.springframework.modulith.NamedInterface("events")
public record AbsenceNoticeSubmitted(long institutionId, long noticeId, long studentId, long groupId) {}
