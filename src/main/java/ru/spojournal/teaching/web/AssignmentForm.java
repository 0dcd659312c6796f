package ru.spojournal.teaching.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.spojournal.teaching.domain.AssignmentCommand;
import ru.spojournal.teaching.domain.AssignmentRow;

/** A teaching assignment: teacher × group or subgroup × subject × term × planned hours. */
class AssignmentForm {

    @NotNull(message = "{assignment.teacher.required}")
    private Long teacherStaffId;

    private Long groupId;
    private Long subgroupId;
    private Long subjectId;
    private Long termId;

    @NotNull(message = "{assignment.hours.required}")
    @Min(value = 1, message = "{assignment.hours.positive}")
    private Integer plannedHours;

    private long version;

    static AssignmentForm of(AssignmentRow row) {
        AssignmentForm form = new AssignmentForm();
        form.teacherStaffId = row.teacherStaffId();
        form.groupId = row.groupId();
        form.subgroupId = row.subgroupId();
        form.subjectId = row.subjectId();
        form.termId = row.termId();
        form.plannedHours = row.plannedHours();
        form.version = row.version();
        return form;
    }

    AssignmentCommand command() {
        return new AssignmentCommand(teacherStaffId, groupId, subgroupId, subjectId, termId, plannedHours);
    }

    public Long getTeacherStaffId() {
        return teacherStaffId;
    }

    public void setTeacherStaffId(Long teacherStaffId) {
        this.teacherStaffId = teacherStaffId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getSubgroupId() {
        return subgroupId;
    }

    public void setSubgroupId(Long subgroupId) {
        this.subgroupId = subgroupId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getTermId() {
        return termId;
    }

    public void setTermId(Long termId) {
        this.termId = termId;
    }

    public Integer getPlannedHours() {
        return plannedHours;
    }

    public void setPlannedHours(Integer plannedHours) {
        this.plannedHours = plannedHours;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
