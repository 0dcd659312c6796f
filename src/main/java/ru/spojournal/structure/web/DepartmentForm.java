package ru.spojournal.structure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.spojournal.structure.CatalogCommands.DepartmentEdit;
import ru.spojournal.structure.DepartmentRow;

/** An отделение: its name, short name and head. */
class DepartmentForm {

    @NotBlank(message = "{department.name.required}")
    @Size(max = 200, message = "{department.name.tooLong}")
    private String name;

    @NotBlank(message = "{department.shortName.required}")
    @Size(max = 50, message = "{department.shortName.tooLong}")
    private String shortName;

    private Long headStaffId;

    private Long version;

    static DepartmentForm of(DepartmentRow row) {
        DepartmentForm form = new DepartmentForm();
        form.name = row.name();
        form.shortName = row.shortName();
        form.headStaffId = row.headStaffId();
        form.version = row.version();
        return form;
    }

    DepartmentEdit edit() {
        return new DepartmentEdit(name, shortName, headStaffId, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Long getHeadStaffId() {
        return headStaffId;
    }

    public void setHeadStaffId(Long headStaffId) {
        this.headStaffId = headStaffId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
