package ru.spojournal.journal;

import java.time.LocalDate;
import java.util.List;

/**
 * R19: absences become excused when the curator confirms a parent's notice. The reason is written
 * onto each absence of the days, and each change goes into the journal's history (R1).
 */
public interface AbsenceExcuses {

    /** How many absences («н», not lateness) the student has on the days in these journals. */
    long absencesBetween(long studentId, List<Long> assignmentIds, LocalDate from, LocalDate to);

    /** Gives the absences of the days the reason; returns how many were changed. */
    int excuse(
            long institutionId,
            long studentId,
            List<Long> assignmentIds,
            LocalDate from,
            LocalDate to,
            String reasonCode,
            long accountId,
            String note);
}
