package ru.spojournal.teaching.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingAdmin;

/** The implementation of {@link ru.spojournal.teaching.TeachingAdmin}. */
@Service
@Transactional
class TeachingAdminService implements TeachingAdmin {

    private final TeachingAssignmentRepository assignments;

    TeachingAdminService(TeachingAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public long assign(
            long institutionId,
            long teacherStaffId,
            long groupId,
            Long subgroupId,
            long subjectId,
            long termId,
            int plannedHours) {
        if (plannedHours < 0) {
            throw new FieldRejectedException("plannedHours", "assignment.hours.negative");
        }
        return assignments
                .save(new TeachingAssignment(
                        institutionId, teacherStaffId, groupId, subgroupId, subjectId, termId, plannedHours))
                .getId();
    }

    /** Gives an assignment to another teacher or changes its hours; its journal stays with it. */
    public void reassign(long institutionId, long assignmentId, long teacherStaffId, int plannedHours) {
        if (plannedHours < 0) {
            throw new FieldRejectedException("plannedHours", "assignment.hours.negative");
        }
        assignments
                .findById(assignmentId)
                .filter(a -> a.getInstitutionId() == institutionId)
                .orElseThrow(() -> new ru.spojournal.platform.error.NotFoundException("assignment"))
                .reassign(teacherStaffId, plannedHours);
    }

    /**
     * Copies the assignments of the groups in one term into another term with the same teacher,
     * subgroup, subject and hours, so that a new year starts from last year's load for review.
     */
    public java.util.List<AssignmentView> copyToTerm(
            long institutionId, java.util.Collection<Long> groupIds, long fromTermId, long toTermId) {
        if (groupIds.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<TeachingAssignment> copies =
                assignments.findByGroupIdInAndTermIdAndArchivedFalse(groupIds, fromTermId).stream()
                        .filter(a -> a.getInstitutionId() == institutionId)
                        .map(a -> a.copyTo(toTermId))
                        .toList();
        return assignments.saveAll(copies).stream()
                .map(TeachingAssignment::view)
                .toList();
    }
}
