package ru.spojournal.teaching;

import java.time.LocalDate;

/** A dated change of the timetable. */
public record SubstitutionView(
        Long id,
        LocalDate date,
        int periodNumber,
        SubstitutionKind kind,
        Long slotId,
        Long assignmentId,
        Long substituteStaffId,
        String room,
        String note) {}
