package ru.spojournal.teaching;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.FieldRejectedException;

/** Records the teaching load (R14: the administrator opens the year with its teachers). */
@Service
@Transactional
public class TeachingAdmin {

    private final TeachingAssignmentRepository assignments;

    TeachingAdmin(TeachingAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    public long assign(
            long institutionId, long teacherStaffId, long groupId, Long subgroupId, long subjectId, long termId,
            int plannedHours) {
        if (plannedHours < 0) {
            throw new FieldRejectedException("plannedHours", "assignment.hours.negative");
        }
        return assignments
                .save(new TeachingAssignment(institutionId, teacherStaffId, groupId, subgroupId, subjectId, termId,
                        plannedHours))
                .getId();
    }
}
