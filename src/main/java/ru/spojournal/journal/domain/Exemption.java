package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** «осв»: a student freed from the subject; shown instead of marks, left out of the shares. */
@Entity
@Table(name = "exemption")
class Exemption extends InstitutionOwned {

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "student_id")
    private Long studentId;

    private String reason;
    private boolean active;

    protected Exemption() {}

    Exemption(long institutionId, long assignmentId, long studentId) {
        super(institutionId);
        this.assignmentId = assignmentId;
        this.studentId = studentId;
    }

    void set(boolean active, String reason) {
        this.active = active;
        this.reason = reason;
    }

    Long getStudentId() {
        return studentId;
    }

    boolean isActive() {
        return active;
    }
}
