package ru.spojournal.portal;

/** The curator confirmed or rejected a notice; the parent is told. */
@org.springframework.modulith.NamedInterface("events")
public record AbsenceNoticeAnswered(
        long institutionId, long noticeId, long studentId, long parentId, boolean confirmed) {}
