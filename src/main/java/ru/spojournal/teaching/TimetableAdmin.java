package ru.spojournal.teaching;

import java.time.LocalDate;

/**
 * Keeps the timetable free of clashes: a group (or two different subgroups of it aside) and a
 * teacher are in one place at a time in weeks of overlapping parity.
 */
public interface TimetableAdmin {

    long addSlot(
            long institutionId, long assignmentId, int dayOfWeek, int periodNumber, WeekParity parity, String room);

    void removeSlot(long institutionId, long slotId);

    long substitute(
            long institutionId,
            LocalDate date,
            int periodNumber,
            SubstitutionKind kind,
            long assignmentId,
            Long substituteStaffId,
            String room,
            String note);
}
