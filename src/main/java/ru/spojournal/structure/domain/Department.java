package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.structure.DepartmentRow;
import ru.spojournal.structure.DepartmentView;

/** An отделение; its head controls the registers of its groups (R12). */
@Entity
@Table(name = "department")
class Department extends InstitutionOwned {

    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Column(name = "head_staff_id")
    private Long headStaffId;

    private boolean archived;

    protected Department() {}

    Department(long institutionId, String name, String shortName) {
        super(institutionId);
        this.name = name;
        this.shortName = shortName;
    }

    void assignHead(Long staffId) {
        this.headStaffId = staffId;
    }

    String getName() {
        return name;
    }

    Long getHeadStaffId() {
        return headStaffId;
    }

    void edit(String name, String shortName, Long headStaffId) {
        this.name = name;
        this.shortName = shortName;
        this.headStaffId = headStaffId;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    DepartmentRow row(String headName) {
        return new DepartmentRow(getId(), name, shortName, headStaffId, headName, archived, getVersion());
    }

    DepartmentView view() {
        return new DepartmentView(getId(), name, shortName, headStaffId);
    }
}
