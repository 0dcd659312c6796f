package ru.spojournal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import org.springframework.data.domain.Persistable;
import ru.spojournal.people.Relation;

/** R10: the link that decides whose data a parent may see. */
@Entity
@Table(name = "parent_student")
class ParentLink implements Persistable<ParentLink.Key> {

    /** New links are inserted without a look-up first: bulk imports create thousands of them. */
    @Transient
    private boolean fresh = true;

    @EmbeddedId
    private Key key;

    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    protected ParentLink() {}

    ParentLink(long institutionId, long parentId, long studentId, Relation relation) {
        this.key = new Key(parentId, studentId);
        this.institutionId = institutionId;
        this.relation = relation;
    }

    Key key() {
        return key;
    }

    long institutionId() {
        return institutionId;
    }

    Relation relation() {
        return relation;
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
            @Column(name = "parent_id") Long parentId,
            @Column(name = "student_id") Long studentId) implements Serializable {}
}
