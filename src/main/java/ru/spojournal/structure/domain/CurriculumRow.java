package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.structure.AttestationForm;
import ru.spojournal.structure.CurriculumRowView;

/** A row of a specialty's учебный план: a subject's hours and attestation in one semester. */
@Entity
@Table(name = "curriculum_row")
class CurriculumRow extends InstitutionOwned {

    @Column(name = "specialty_id")
    private Long specialtyId;

    @Column(name = "subject_id")
    private Long subjectId;

    private int semester;
    private int hours;

    @Enumerated(EnumType.STRING)
    @Column(name = "attestation_form")
    private AttestationForm attestationForm;

    private boolean archived;

    protected CurriculumRow() {}

    CurriculumRow(long institutionId, long specialtyId, long subjectId, int semester, int hours, AttestationForm form) {
        super(institutionId);
        this.specialtyId = specialtyId;
        this.subjectId = subjectId;
        this.semester = semester;
        this.hours = hours;
        this.attestationForm = form;
    }

    CurriculumRowView view() {
        return new CurriculumRowView(getId(), specialtyId, subjectId, semester, hours, attestationForm);
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    Long getSpecialtyId() {
        return specialtyId;
    }

    void update(int hours, AttestationForm form) {
        this.hours = hours;
        this.attestationForm = form;
    }
}
