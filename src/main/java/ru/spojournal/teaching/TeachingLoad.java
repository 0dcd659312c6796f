package ru.spojournal.teaching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to teaching assignments: whose journals are whose (R2, R8). The lists by teacher,
 * group and college leave archived assignments out; by id they stay reachable with their journals.
 */
public interface TeachingLoad {

    List<AssignmentView> ofTeacher(long teacherStaffId, long termId);

    List<AssignmentView> ofGroups(Collection<Long> groupIds, long termId);

    /**
     * The journals of a term that hold a student (R7): the group's own, and of its subgroups only
     * those the student belongs to.
     */
    List<AssignmentView> holding(long groupId, Collection<Long> subgroupIds, long termId);

    List<AssignmentView> ofInstitution(long institutionId, long termId);

    List<AssignmentView> byIds(Collection<Long> ids);

    /** An assignment of this institution, or empty: others' assignments do not exist here. */
    Optional<AssignmentView> assignment(long institutionId, long assignmentId);

    /**
     * The current teaching load of the college, every term, without archived assignments: what an
     * export hands to other systems.
     */
    List<AssignmentView> currentOf(long institutionId);

    /** The whole teaching load of the college, every term, archived assignments included. */
    List<AssignmentView> allOf(long institutionId);
}
