package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import org.springframework.data.domain.Persistable;

/** A student's membership of a subgroup; the student is known by id only. */
@Entity
@Table(name = "subgroup_member")
class SubgroupMember implements Persistable<SubgroupMember.Key> {

    /** New links are inserted without a look-up first: bulk imports create thousands of them. */
    @Transient
    private boolean fresh = true;

    @EmbeddedId
    private Key key;

    @Column(name = "institution_id")
    private Long institutionId;

    protected SubgroupMember() {}

    SubgroupMember(long institutionId, long subgroupId, long studentId) {
        this.key = new Key(subgroupId, studentId);
        this.institutionId = institutionId;
    }

    Key key() {
        return key;
    }

    @Override
    public Key getId() {
        return key;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    @Embeddable
    record Key(
            @Column(name = "subgroup_id") Long subgroupId,
            @Column(name = "student_id") Long studentId) implements Serializable {}
}
