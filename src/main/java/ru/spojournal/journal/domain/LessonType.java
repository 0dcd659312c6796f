package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.journal.NamedOption;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A тип занятия (R4: practical, laboratory and control works and excursions say so). */
@Entity
@Table(name = "lesson_type")
class LessonType extends InstitutionOwned implements SettingsEntity {

    private String code;
    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean archived;

    protected LessonType() {}

    LessonType(long institutionId, String code, String name, int sortOrder) {
        super(institutionId);
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int sortOrder() {
        return sortOrder;
    }

    @Override
    public void rename(String name) {
        this.name = name;
    }

    @Override
    public void archive(boolean archived) {
        this.archived = archived;
    }

    @Override
    public SettingsEntry entry() {
        return new SettingsEntry(getId(), code, name, null, false, false, archived, getVersion());
    }

    boolean isArchived() {
        return archived;
    }

    NamedOption view() {
        return new NamedOption(getId(), code, name);
    }
}
