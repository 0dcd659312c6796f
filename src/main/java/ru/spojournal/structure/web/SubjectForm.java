package ru.spojournal.structure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.spojournal.structure.CatalogCommands.SubjectEdit;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.structure.domain.SubjectRow;

/** A subject: its code in the plan (ОП.03, МДК.01.01, УП.01), name, kind and parent module. */
class SubjectForm {

    @NotBlank(message = "{subject.code.required}")
    @Size(max = 30, message = "{subject.code.tooLong}")
    private String code;

    @NotBlank(message = "{subject.name.required}")
    @Size(max = 300, message = "{subject.name.tooLong}")
    private String name;

    @NotNull(message = "{subject.kind.required}")
    private SubjectKind kind;

    private Long parentId;

    private Long version;

    static SubjectForm of(SubjectRow row) {
        SubjectForm form = new SubjectForm();
        form.code = row.code();
        form.name = row.name();
        form.kind = row.kind();
        form.parentId = row.parentId();
        form.version = row.version();
        return form;
    }

    SubjectEdit edit() {
        return new SubjectEdit(code, name, kind, parentId, version);
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

    public SubjectKind getKind() {
        return kind;
    }

    public void setKind(SubjectKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
