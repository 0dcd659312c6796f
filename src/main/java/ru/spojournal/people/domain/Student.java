package ru.spojournal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.StudentRow;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A student of one group; every change of group or status is a {@link StudentMovement}. */
@Entity
@Table(name = "student")
class Student extends InstitutionOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "group_id")
    private Long groupId;

    @Enumerated(EnumType.STRING)
    private StudentStatus status;

    @Column(name = "record_book_number")
    private String recordBookNumber;

    @Column(name = "admitted_on")
    private LocalDate admittedOn;

    protected Student() {}

    Student(long institutionId, Person person, long groupId, String recordBookNumber, LocalDate admittedOn) {
        super(institutionId);
        this.person = person;
        this.groupId = groupId;
        this.status = StudentStatus.STUDYING;
        this.recordBookNumber = recordBookNumber;
        this.admittedOn = admittedOn;
    }

    /** Applies a movement if the current status allows it; the caller records it in the history. */
    void move(MovementKind kind, Long toGroupId) {
        if (!status.allows(kind)) {
            throw new FieldRejectedException("kind", "student.movement.notAllowed", kind, status);
        }
        if (kind == MovementKind.TRANSFER) {
            if (toGroupId == null || toGroupId.equals(groupId)) {
                throw new FieldRejectedException("toGroupId", "student.transfer.sameGroup");
            }
            this.groupId = toGroupId;
        }
        this.status = StudentStatus.after(kind);
    }

    Person getPerson() {
        return person;
    }

    Long getGroupId() {
        return groupId;
    }

    StudentStatus getStatus() {
        return status;
    }

    StudentView view() {
        return new StudentView(getId(), person.getId(), person.name(), groupId, status, recordBookNumber);
    }

    void updateRecord(String recordBookNumber, LocalDate admittedOn) {
        this.recordBookNumber = recordBookNumber;
        this.admittedOn = admittedOn;
    }

    LocalDate getAdmittedOn() {
        return admittedOn;
    }

    String getRecordBookNumber() {
        return recordBookNumber;
    }

    StudentRow row() {
        return new StudentRow(getId(), person.card(), groupId, status, recordBookNumber, admittedOn);
    }
}
