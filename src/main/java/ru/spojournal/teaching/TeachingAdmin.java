package ru.spojournal.teaching;

/** Records the teaching load (R14: the administrator opens the year with its teachers). */
public interface TeachingAdmin {

    long assign(
            long institutionId,
            long teacherStaffId,
            long groupId,
            Long subgroupId,
            long subjectId,
            long termId,
            int plannedHours);

    /** Gives an assignment to another teacher or changes its hours; its journal stays with it. */
    void reassign(long institutionId, long assignmentId, long teacherStaffId, int plannedHours);

    /**
     * Copies the assignments of the groups in one term into another term with the same teacher,
     * subgroup, subject and hours, so that a new year starts from last year's load for review.
     */
    java.util.List<AssignmentView> copyToTerm(
            long institutionId, java.util.Collection<Long> groupIds, long fromTermId, long toTermId);
}
