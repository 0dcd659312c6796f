package ru.spojournal.journal.domain;

import java.time.LocalDate;
import java.util.List;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.SubgroupView;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.structure.SubjectView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;

/**
 * One journal as the signed-in user may use it: its assignment, group or subgroup, subject and
 * term, the students it holds (R7: a subgroup's journal holds only that subgroup), and whether
 * this user records in it or only reads.
 */
public record JournalContext(
        CurrentUser user,
        AssignmentView assignment,
        GroupView group,
        SubgroupView subgroup,
        SubjectView subject,
        TermView term,
        List<StudentView> students,
        boolean editable,
        LocalDate today,
        java.time.ZoneId zone,
        java.util.Set<LocalDate> substituteDates)
        implements RecordingScope {

    @Override
    public long institutionId() {
        return assignment.institutionId();
    }

    @Override
    public long assignmentId() {
        return assignment.id();
    }

    /** R1: the assignment or the group is archived; the journal is kept as it is, read-only for all. */
    public boolean archived() {
        return assignment.archived() || group.archived();
    }

    public boolean practice() {
        return subject.kind() == SubjectKind.PRACTICE;
    }

    /**
     * A substitute records only the lessons of the days they replaced the teacher on; the
     * journal's own teacher records any day.
     */
    @Override
    public boolean mayRecordOn(LocalDate date) {
        return substituteDates.isEmpty() || substituteDates.contains(date);
    }

    @Override
    public boolean holds(long studentId) {
        return students.stream().anyMatch(s -> s.id() == studentId);
    }

    /** The journal's title: «ОМД-26-1, 1 подгруппа — ОУД.04 Математика». */
    public String title() {
        return group.name() + (subgroup == null ? "" : ", " + subgroup.name()) + " — " + subject.title();
    }
}
