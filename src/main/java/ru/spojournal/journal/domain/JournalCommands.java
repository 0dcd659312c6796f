package ru.spojournal.journal.domain;

import java.util.List;
import ru.spojournal.journal.AttendanceKind;

/** Inputs of the journal's services; the API and the pages build them from requests. */
public final class JournalCommands {

    private JournalCommands() {}

    /** A kind of work to mark in a lesson, with an optional title such as «№3». */
    public record ColumnSpec(Long workTypeId, String title) {}

    /**
     * A lesson as the teacher saves it. Homework may be empty. The version guards an update
     * against someone else's change; the reason is needed after the lesson's day (R5).
     */
    public record SaveLesson(
            LessonDetails details,
            List<ColumnSpec> columns,
            HomeworkDetails groupHomework,
            HomeworkDetails individualHomework,
            String reason,
            Long version) {}

    /** A mark typed into a cell: a value or empty to clear, and the version the typist saw. */
    public record PostMark(long columnId, long studentId, String value, Long version, String reason) {}

    /** Attendance typed into a cell: ABSENT with hours, LATE, or empty for present. */
    public record PostAttendance(
            long lessonId,
            long studentId,
            AttendanceKind kind,
            Integer hours,
            Long reasonId,
            Long version,
            String reason) {}
}
