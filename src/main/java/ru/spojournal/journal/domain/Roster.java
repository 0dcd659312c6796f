package ru.spojournal.journal.domain;

import java.util.Collection;
import java.util.List;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.people.StudentView;

/**
 * Whom a journal holds, decided from plain facts. R7: a group split into subgroups is recorded by
 * each subgroup's teacher for that subgroup's students only, so a subgroup's journal holds the
 * subgroup's members and a whole group's journal every student of the group. Either way only
 * students who study now: one expelled, graduated or on academic leave gets no new records.
 */
final class Roster {

    private Roster() {}

    /**
     * The students of a journal.
     *
     * @param ofGroup the group's students
     * @param subgroupMembers the subgroup's members for a subgroup's journal, {@code null} for the group's
     */
    static List<StudentView> of(long groupId, List<StudentView> ofGroup, Collection<Long> subgroupMembers) {
        return ofGroup.stream()
                .filter(s -> holds(
                        s.status(), s.groupId(), groupId, subgroupMembers == null || subgroupMembers.contains(s.id())))
                .toList();
    }

    /**
     * Whether one student belongs in a journal.
     *
     * @param inSubgroup whether the student is a member of the journal's subgroup; {@code true} for a
     *     whole group's journal
     */
    static boolean holds(StudentStatus status, Long studentGroupId, long journalGroupId, boolean inSubgroup) {
        return status == StudentStatus.STUDYING
                && studentGroupId != null
                && studentGroupId == journalGroupId
                && inSubgroup;
    }
}
