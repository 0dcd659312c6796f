package ru.spojournal.structure.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.structure.SpecialtyRow;
import ru.spojournal.structure.SpecialtyView;

/** A специальность or профессия of the federal list, such as 22.02.05. */
@Entity
@Table(name = "specialty")
class Specialty extends InstitutionOwned {

    private String code;
    private String name;
    private String qualification;
    private boolean archived;

    protected Specialty() {}

    Specialty(long institutionId, String code, String name, String qualification) {
        super(institutionId);
        this.code = code;
        this.name = name;
        this.qualification = qualification;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    void edit(String code, String name, String qualification) {
        this.code = code;
        this.name = name;
        this.qualification = qualification;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    SpecialtyRow row() {
        return new SpecialtyRow(getId(), code, name, qualification, archived, getVersion());
    }

    SpecialtyView view() {
        return new SpecialtyView(getId(), code, name, qualification);
    }
}
