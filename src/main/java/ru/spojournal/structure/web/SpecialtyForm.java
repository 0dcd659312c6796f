package ru.spojournal.structure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.spojournal.structure.CatalogCommands.SpecialtyEdit;
import ru.spojournal.structure.SpecialtyRow;

/** A специальность: its code of the federal list (22.02.01), name and qualification. */
class SpecialtyForm {

    @NotBlank(message = "{specialty.code.required}")
    @Pattern(regexp = "\\s*\\d{2}\\.\\d{2}\\.\\d{2}\\s*", message = "{specialty.code.pattern}")
    private String code;

    @NotBlank(message = "{specialty.name.required}")
    @Size(max = 300, message = "{specialty.name.tooLong}")
    private String name;

    @Size(max = 200, message = "{specialty.qualification.tooLong}")
    private String qualification;

    private Long version;

    static SpecialtyForm of(SpecialtyRow row) {
        SpecialtyForm form = new SpecialtyForm();
        form.code = row.code();
        form.name = row.name();
        form.qualification = row.qualification();
        form.version = row.version();
        return form;
    }

    SpecialtyEdit edit() {
        return new SpecialtyEdit(code, name, qualification, version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
