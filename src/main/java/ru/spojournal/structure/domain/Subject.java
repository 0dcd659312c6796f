package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.structure.SubjectView;

/** A дисциплина, МДК, ПМ or практика; an МДК and a practice belong to a ПМ. */
@Entity
@Table(name = "subject")
class Subject extends InstitutionOwned {

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private SubjectKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    private boolean archived;

    protected Subject() {}

    Subject(long institutionId, String code, String name, SubjectKind kind, Long parentId) {
        super(institutionId);
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentId = parentId;
    }

    SubjectView view() {
        return new SubjectView(getId(), code, name, kind, parentId);
    }

    void edit(String code, String name, SubjectKind kind, Long parentId) {
        this.code = code;
        this.name = name;
        update(kind, parentId);
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    SubjectKind getKind() {
        return kind;
    }

    void update(SubjectKind kind, Long parentId) {
        this.kind = kind;
        this.parentId = parentId;
    }
}
