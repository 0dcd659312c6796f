package ru.spojournal.structure.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.CatalogCommands.CurriculumEdit;
import ru.spojournal.structure.domain.CurriculumLine;

/**
 * A row of a specialty's plan: subject, semester of study (1–10), planned hours and the form of
 * attestation. An existing row changes only its hours and form; its subject and semester stay.
 */
class CurriculumForm {

    private Long subjectId;

    @Min(value = 1, message = "{curriculum.semester.range}")
    @Max(value = 10, message = "{curriculum.semester.range}")
    private Integer semester;

    @NotNull(message = "{curriculum.hours.required}")
    @Min(value = 0, message = "{curriculum.hours.range}")
    @Max(value = 3000, message = "{curriculum.hours.range}")
    private Integer hours;

    @NotNull(message = "{curriculum.form.required}")
    private AttestationForm form;

    private Long version;

    static CurriculumForm of(CurriculumLine line) {
        CurriculumForm form = new CurriculumForm();
        form.subjectId = line.subjectId();
        form.semester = line.semester();
        form.hours = line.hours();
        form.form = line.attestationForm();
        form.version = line.version();
        return form;
    }

    CurriculumEdit edit() {
        return new CurriculumEdit(subjectId, semester, hours, form, version);
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Integer getSemester() {
        return semester;
    }

    public void setSemester(Integer semester) {
        this.semester = semester;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public AttestationForm getForm() {
        return form;
    }

    public void setForm(AttestationForm form) {
        this.form = form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
