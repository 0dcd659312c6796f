package ru.spojournal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.spojournal.people.StaffRow;
import ru.spojournal.people.StaffView;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A member of staff: teacher, master of industrial training, head, deputy, administrator. */
@Entity
@Table(name = "staff")
class Staff extends InstitutionOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String position;

    @Column(name = "department_id")
    private Long departmentId;

    private boolean archived;

    protected Staff() {}

    Staff(long institutionId, Person person, String position, Long departmentId) {
        super(institutionId);
        this.person = person;
        this.position = position;
        this.departmentId = departmentId;
    }

    Person getPerson() {
        return person;
    }

    StaffView view() {
        return new StaffView(getId(), person.getId(), person.name(), position, departmentId);
    }

    void update(String position, Long departmentId) {
        this.position = position;
        this.departmentId = departmentId;
    }

    boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    StaffRow row() {
        return new StaffRow(getId(), person.card(), position, departmentId);
    }
}
