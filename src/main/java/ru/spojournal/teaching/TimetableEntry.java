package ru.spojournal.teaching;

import java.time.LocalDate;

/**
 * A lesson the timetable expects on a date, after substitutions: who teaches it (the assignment's
 * teacher or a substitute), where, and whether it is cancelled or an extra one.
 */
public record TimetableEntry(
        LocalDate date,
        int periodNumber,
        long assignmentId,
        long teacherStaffId,
        Long substituteStaffId,
        String room,
        EntryKind kind) {

    /** How the entry came to be. */
    public enum EntryKind {
        REGULAR,
        REPLACED,
        CANCELLED,
        EXTRA
    }

    /** The teacher who actually conducts it. */
    public long conductedBy() {
        return substituteStaffId != null ? substituteStaffId : teacherStaffId;
    }
}
