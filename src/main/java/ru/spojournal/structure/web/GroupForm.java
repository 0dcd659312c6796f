package ru.spojournal.structure.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A study group: its free-text name beside the structured specialty, course and year. */
class GroupForm {

    @NotBlank(message = "{group.name.required}")
    @Size(max = 50, message = "{group.name.tooLong}")
    private String name;

    @NotNull(message = "{group.specialty.required}")
    private Long specialtyId;

    @NotNull(message = "{group.department.required}")
    private Long departmentId;

    @NotNull(message = "{group.course.required}")
    @Min(value = 1, message = "{group.course.range}")
    @Max(value = 6, message = "{group.course.range}")
    private Integer course;

    @NotNull(message = "{group.admissionYear.required}")
    @Min(value = 1990, message = "{group.admissionYear.range}")
    @Max(value = 2100, message = "{group.admissionYear.range}")
    private Integer admissionYear;

    private Long curatorStaffId;

    private Long version;

    static GroupForm of(ru.spojournal.structure.domain.GroupAdminRow row) {
        GroupForm form = new GroupForm();
        form.name = row.name();
        form.specialtyId = row.specialtyId();
        form.departmentId = row.departmentId();
        form.course = row.course();
        form.admissionYear = row.admissionYear();
        form.curatorStaffId = row.curatorStaffId();
        form.version = row.version();
        return form;
    }

    ru.spojournal.structure.CatalogCommands.GroupEdit edit() {
        return new ru.spojournal.structure.CatalogCommands.GroupEdit(
                name, specialtyId, departmentId, course, admissionYear, curatorStaffId, version);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getSpecialtyId() {
        return specialtyId;
    }

    public void setSpecialtyId(Long specialtyId) {
        this.specialtyId = specialtyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Integer getCourse() {
        return course;
    }

    public void setCourse(Integer course) {
        this.course = course;
    }

    public Integer getAdmissionYear() {
        return admissionYear;
    }

    public void setAdmissionYear(Integer admissionYear) {
        this.admissionYear = admissionYear;
    }

    public Long getCuratorStaffId() {
        return curatorStaffId;
    }

    public void setCuratorStaffId(Long curatorStaffId) {
        this.curatorStaffId = curatorStaffId;
    }
}
