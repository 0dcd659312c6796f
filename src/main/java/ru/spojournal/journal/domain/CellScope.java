package ru.spojournal.journal.domain;

import java.time.LocalDate;
import java.util.Set;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;

/**
 * The scope of one cell's save: the journal's facts without its roster, and whether the one
 * student of the cell is held (R7). It is what a teacher's every keystroke in the grid costs, so it
 * reads no more than the decision needs.
 */
record CellScope(
        CurrentUser user,
        AssignmentView assignment,
        TermView term,
        LocalDate today,
        Set<LocalDate> substituteDates,
        long studentId,
        boolean studentHeld)
        implements RecordingScope {

    @Override
    public long institutionId() {
        return assignment.institutionId();
    }

    @Override
    public long assignmentId() {
        return assignment.id();
    }

    @Override
    public boolean mayRecordOn(LocalDate date) {
        return substituteDates.isEmpty() || substituteDates.contains(date);
    }

    @Override
    public boolean holds(long id) {
        return studentHeld && id == studentId;
    }
}
