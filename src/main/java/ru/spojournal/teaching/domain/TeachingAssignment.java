package ru.spojournal.teaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.teaching.AssignmentView;

/** Нагрузка: a teacher teaches a subject to a group, or to one subgroup of it, in a term. */
@Entity
@Table(name = "teaching_assignment")
class TeachingAssignment extends InstitutionOwned {

    @Column(name = "teacher_staff_id")
    private Long teacherStaffId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "subgroup_id")
    private Long subgroupId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "term_id")
    private Long termId;

    @Column(name = "planned_hours")
    private int plannedHours;

    private boolean archived;

    protected TeachingAssignment() {}

    public TeachingAssignment(
            long institutionId,
            long teacherStaffId,
            long groupId,
            Long subgroupId,
            long subjectId,
            long termId,
            int plannedHours) {
        super(institutionId);
        this.teacherStaffId = teacherStaffId;
        this.groupId = groupId;
        this.subgroupId = subgroupId;
        this.subjectId = subjectId;
        this.termId = termId;
        this.plannedHours = plannedHours;
    }

    public AssignmentView view() {
        return new AssignmentView(
                getId(),
                getInstitutionId(),
                teacherStaffId,
                groupId,
                subgroupId,
                subjectId,
                termId,
                plannedHours,
                archived);
    }

    public TeachingAssignment copyTo(long otherTermId) {
        return new TeachingAssignment(
                getInstitutionId(), teacherStaffId, groupId, subgroupId, subjectId, otherTermId, plannedHours);
    }

    boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    /** The same teaching twice: one group or subgroup, one subject, one term. */
    boolean sameTeachingAs(long groupId, Long subgroupId, long subjectId, long termId) {
        return this.groupId == groupId
                && java.util.Objects.equals(this.subgroupId, subgroupId)
                && this.subjectId == subjectId
                && this.termId == termId;
    }

    public void reassign(long teacherStaffId, int plannedHours) {
        this.teacherStaffId = teacherStaffId;
        this.plannedHours = plannedHours;
    }
}
