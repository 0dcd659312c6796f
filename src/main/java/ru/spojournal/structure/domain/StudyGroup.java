package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.structure.GroupRow;

/**
 * An учебная группа. Its name is free text as the college writes it (ОМД-23-1, 1-ТЭК-23); the
 * specialty, course and year of admission beside it are what reports and the year opening use.
 */
@Entity
@Table(name = "study_group")
class StudyGroup extends InstitutionOwned {

    private String name;

    @Column(name = "specialty_id")
    private Long specialtyId;

    @Column(name = "department_id")
    private Long departmentId;

    private int course;

    @Column(name = "admission_year")
    private int admissionYear;

    @Column(name = "study_form")
    private String studyForm;

    @Column(name = "curator_staff_id")
    private Long curatorStaffId;

    private boolean archived;

    @Column(name = "external_id")
    private String externalId;

    protected StudyGroup() {}

    StudyGroup(
            long institutionId,
            String name,
            long specialtyId,
            long departmentId,
            int course,
            int admissionYear,
            Long curatorStaffId) {
        super(institutionId);
        this.name = name;
        this.specialtyId = specialtyId;
        this.departmentId = departmentId;
        this.course = course;
        this.admissionYear = admissionYear;
        this.studyForm = "FULL_TIME";
        this.curatorStaffId = curatorStaffId;
    }

    void assignCurator(Long staffId) {
        this.curatorStaffId = staffId;
    }

    String getName() {
        return name;
    }

    Long getSpecialtyId() {
        return specialtyId;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    int getCourse() {
        return course;
    }

    int getAdmissionYear() {
        return admissionYear;
    }

    Long getCuratorStaffId() {
        return curatorStaffId;
    }

    boolean isArchived() {
        return archived;
    }

    void update(String name, long specialtyId, long departmentId, int course, int admissionYear) {
        this.name = name;
        this.specialtyId = specialtyId;
        this.departmentId = departmentId;
        this.course = course;
        this.admissionYear = admissionYear;
    }

    /** The group moves up one course; a course past the sixth does not exist in СПО. */
    void advanceCourse() {
        if (course >= 6) {
            throw new ru.spojournal.platform.error.FieldRejectedException("course", "group.course.last", name);
        }
        this.course = course + 1;
    }

    /** An archived group keeps its students, journals and history but leaves every list of active groups. */
    void archive() {
        this.archived = true;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    void identifyAs(String externalId) {
        this.externalId = externalId;
    }

    GroupRow row() {
        return new GroupRow(
                getId(), name, specialtyId, departmentId, course, admissionYear, curatorStaffId, externalId);
    }
}
