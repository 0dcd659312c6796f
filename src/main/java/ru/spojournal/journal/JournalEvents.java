package ru.spojournal.journal;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the journal tells other modules after a change has been committed: notifications, alerts
 * and the timeliness control react to these, each in its own transaction.
 */
public final class JournalEvents {

    private JournalEvents() {}

    /** A mark was put, changed or cleared (value null) in a cell. */
    public record MarkPosted(
            long institutionId,
            long assignmentId,
            long lessonId,
            LocalDate lessonDate,
            long columnId,
            long studentId,
            String value,
            String previous,
            long version) {}

    /** Attendance of a student at a lesson was recorded: ABSENT with hours, LATE, or present (null). */
    public record AttendancePosted(
            long institutionId,
            long assignmentId,
            long lessonId,
            LocalDate lessonDate,
            long studentId,
            AttendanceKind kind,
            Integer hours,
            long version) {}

    /** Homework was set or changed for a lesson: for the group (no students) or for the students named. */
    public record HomeworkSet(
            long institutionId,
            long assignmentId,
            long lessonId,
            LocalDate dueDate,
            String content,
            Set<Long> studentIds) {}
}
