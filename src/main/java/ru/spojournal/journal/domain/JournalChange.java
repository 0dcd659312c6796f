package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.spojournal.platform.jpa.BaseEntity;

/**
 * R1: one change of a journal record: what, who, when, the old and new value, and the reason of
 * a late change. Written in the same transaction as the change itself, so neither exists alone.
 */
@Entity
@Table(name = "journal_change")
class JournalChange extends BaseEntity {

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private ChangeKind kind;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String reason;
    private boolean late;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private Long changedBy;

    protected JournalChange() {}

    JournalChange(
            long institutionId,
            long assignmentId,
            Long lessonId,
            ChangeKind kind,
            Long subjectId,
            Long studentId,
            String oldValue,
            String newValue,
            String reason,
            boolean late,
            Instant changedAt,
            long changedBy) {
        this.institutionId = institutionId;
        this.assignmentId = assignmentId;
        this.lessonId = lessonId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.studentId = studentId;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
        this.reason = reason;
        this.late = late;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    private static String clip(String s) {
        return s == null || s.length() <= 600 ? s : s.substring(0, 597) + "...";
    }

    ChangeView view(String byName, String studentName, String columnName) {
        return new ChangeView(
                kind,
                lessonId,
                subjectId,
                studentId,
                oldValue,
                newValue,
                reason,
                late,
                changedAt,
                changedBy,
                byName,
                studentName,
                columnName);
    }

    ChangeKind getKind() {
        return kind;
    }

    Long getSubjectId() {
        return subjectId;
    }

    Long getStudentId() {
        return studentId;
    }

    Long getChangedBy() {
        return changedBy;
    }
}
