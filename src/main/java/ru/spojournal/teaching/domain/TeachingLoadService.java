package ru.spojournal.teaching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.TeachingLoad;

/** The implementation of {@link ru.spojournal.teaching.TeachingLoad}. */
@Service
@Transactional(readOnly = true)
class TeachingLoadService implements TeachingLoad {

    private final TeachingAssignmentRepository assignments;

    TeachingLoadService(TeachingAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public List<AssignmentView> ofTeacher(long teacherStaffId, long termId) {
        return assignments.findByTeacherStaffIdAndTermIdAndArchivedFalse(teacherStaffId, termId).stream()
                .map(TeachingAssignment::view)
                .toList();
    }

    public List<AssignmentView> ofGroups(Collection<Long> groupIds, long termId) {
        return groupIds.isEmpty()
                ? List.of()
                : assignments.findByGroupIdInAndTermIdAndArchivedFalse(groupIds, termId).stream()
                        .map(TeachingAssignment::view)
                        .toList();
    }

    /**
     * The journals of a term that hold a student (R7): the group's own, and of its subgroups only
     * those the student belongs to.
     */
    public List<AssignmentView> holding(long groupId, Collection<Long> subgroupIds, long termId) {
        return ofGroups(List.of(groupId), termId).stream()
                .filter(a -> a.subgroupId() == null || subgroupIds.contains(a.subgroupId()))
                .toList();
    }

    public List<AssignmentView> ofInstitution(long institutionId, long termId) {
        return assignments.findByInstitutionIdAndTermIdAndArchivedFalse(institutionId, termId).stream()
                .map(TeachingAssignment::view)
                .toList();
    }

    public List<AssignmentView> byIds(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : assignments.findAllById(ids).stream()
                        .map(TeachingAssignment::view)
                        .toList();
    }

    /** An assignment of this institution, or empty: others' assignments do not exist here. */
    public Optional<AssignmentView> assignment(long institutionId, long assignmentId) {
        return assignments
                .findById(assignmentId)
                .filter(a -> a.getInstitutionId() == institutionId)
                .map(TeachingAssignment::view);
    }

    /**
     * The current teaching load of the college, every term, without archived assignments: what an
     * export hands to other systems.
     */
    public List<AssignmentView> currentOf(long institutionId) {
        return assignments.findByInstitutionIdAndArchivedFalse(institutionId).stream()
                .map(TeachingAssignment::view)
                .toList();
    }

    /** The whole teaching load of the college, every term, archived assignments included. */
    public List<AssignmentView> allOf(long institutionId) {
        return assignments.findByInstitutionId(institutionId).stream()
                .map(TeachingAssignment::view)
                .toList();
    }
}
