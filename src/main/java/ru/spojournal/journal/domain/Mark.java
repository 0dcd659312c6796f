package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.spojournal.journal.MarkValue;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A student's mark in a column. Clearing keeps the row with an empty value (R1). */
@Entity
@Table(name = "mark")
class Mark extends InstitutionOwned {

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "column_id")
    private Long columnId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "mark_value")
    private String value;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected Mark() {}

    Mark(long institutionId, long assignmentId, long columnId, long studentId) {
        super(institutionId);
        this.assignmentId = assignmentId;
        this.columnId = columnId;
        this.studentId = studentId;
    }

    void set(MarkValue newValue, Instant now, long accountId) {
        this.value = newValue == null ? null : newValue.code();
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    String getValue() {
        return value;
    }

    Long getColumnId() {
        return columnId;
    }

    Long getStudentId() {
        return studentId;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Long getUpdatedBy() {
        return updatedBy;
    }
}
