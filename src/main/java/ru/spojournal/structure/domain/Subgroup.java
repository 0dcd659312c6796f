package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.structure.SubgroupView;

/** A подгруппа: part of a group taught separately, e.g. for a foreign language or a lab (R7). */
@Entity
@Table(name = "subgroup")
class Subgroup extends InstitutionOwned {

    @Column(name = "group_id")
    private Long groupId;

    private String name;

    private boolean archived;

    protected Subgroup() {}

    Subgroup(long institutionId, long groupId, String name) {
        super(institutionId);
        this.groupId = groupId;
        this.name = name;
    }

    Long getGroupId() {
        return groupId;
    }

    void rename(String name) {
        this.name = name;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    SubgroupRow row() {
        return new SubgroupRow(getId(), name, archived, getVersion());
    }

    SubgroupView view() {
        return new SubgroupView(getId(), groupId, name);
    }
}
