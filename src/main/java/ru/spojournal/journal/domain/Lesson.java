package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.spojournal.platform.jpa.InstitutionOwned;

/**
 * A занятие of one journal. The time it was first recorded and the time attendance was taken are
 * kept for the timeliness control (R13). Deleting only marks it deleted (R1).
 */
@Entity
@Table(name = "lesson")
class Lesson extends InstitutionOwned {

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "lesson_date")
    private LocalDate lessonDate;

    @Column(name = "period_number")
    private Integer periodNumber;

    private int hours;
    private String topic;

    @Column(name = "lesson_type_id")
    private Long lessonTypeId;

    @Column(name = "first_recorded_at")
    private Instant firstRecordedAt;

    /**
     * Written only by {@link LessonRepository#attendanceTaken}, a conditional update that leaves the
     * version alone: the first saves of a lesson's attendance come at once and must not conflict
     * with one another, and an edit of the lesson must not write back a stale value.
     */
    @Column(name = "attendance_taken_at", updatable = false)
    private Instant attendanceTakenAt;

    @Column(name = "recorded_by")
    private Long recordedBy;

    private boolean deleted;

    protected Lesson() {}

    Lesson(long institutionId, long assignmentId, LessonDetails details, Instant now, long accountId) {
        super(institutionId);
        this.assignmentId = assignmentId;
        apply(details);
        this.firstRecordedAt = now;
        this.recordedBy = accountId;
    }

    void apply(LessonDetails d) {
        this.lessonDate = d.date();
        this.periodNumber = d.periodNumber();
        this.hours = d.hours();
        this.topic = d.topic();
        this.lessonTypeId = d.lessonTypeId();
    }

    LessonDetails details() {
        return new LessonDetails(lessonDate, periodNumber, hours, topic, lessonTypeId);
    }

    void delete() {
        this.deleted = true;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    LocalDate getLessonDate() {
        return lessonDate;
    }

    int getHours() {
        return hours;
    }

    boolean isDeleted() {
        return deleted;
    }

    Instant getFirstRecordedAt() {
        return firstRecordedAt;
    }

    Instant getAttendanceTakenAt() {
        return attendanceTakenAt;
    }
}
