package ru.spojournal.people.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.spojournal.people.ParentRow;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A parent or other legal representative (законный представитель) of one or more students. */
@Entity
@Table(name = "parent")
class Parent extends InstitutionOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    protected Parent() {}

    Parent(long institutionId, Person person) {
        super(institutionId);
        this.person = person;
    }

    Person getPerson() {
        return person;
    }

    ParentRow row() {
        return new ParentRow(getId(), person.card());
    }
}
