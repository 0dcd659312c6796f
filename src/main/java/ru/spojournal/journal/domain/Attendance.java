package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.spojournal.journal.AbsenceReasonView;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A student's attendance at a lesson: «н» with the hours missed, or «оп»; empty means present. */
@Entity
@Table(name = "attendance")
class Attendance extends InstitutionOwned {

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "student_id")
    private Long studentId;

    @Enumerated(EnumType.STRING)
    private AttendanceKind kind;

    @Column(name = "hours_missed")
    private Integer hoursMissed;

    @Column(name = "absence_reason_id")
    private Long absenceReasonId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected Attendance() {}

    Attendance(long institutionId, long assignmentId, long lessonId, long studentId) {
        super(institutionId);
        this.assignmentId = assignmentId;
        this.lessonId = lessonId;
        this.studentId = studentId;
    }

    void set(AttendanceKind kind, Integer hoursMissed, Long reasonId, Instant now, long accountId) {
        this.kind = kind;
        this.hoursMissed = kind == AttendanceKind.ABSENT ? hoursMissed : null;
        this.absenceReasonId = kind == AttendanceKind.ABSENT ? reasonId : null;
        this.updatedAt = now;
        this.updatedBy = accountId;
    }

    /** The cell as written in the journal, the reason left out: «н», «н1», «оп» or empty. */
    String describe(int lessonHours) {
        return describe(lessonHours, null);
    }

    /**
     * The cell as written in the journal: «н» or the reason's mark («б» for illness), with the hours
     * when fewer than the lesson's («н1», «б1»); «оп»; or empty.
     */
    String describe(int lessonHours, AbsenceReasonView reason) {
        if (kind == null) {
            return "";
        }
        if (kind == AttendanceKind.LATE) {
            return JournalWords.LATE;
        }
        String mark = reason == null ? JournalWords.ABSENT : reason.cellMark();
        return hoursMissed == null || hoursMissed == lessonHours ? mark : mark + hoursMissed;
    }

    /** The cell as the history writes it: with the reason named, «н (Болезнь (справка))». */
    String describeForHistory(int lessonHours, AbsenceReasonView reason) {
        String plain = describe(lessonHours);
        return reason == null || kind != AttendanceKind.ABSENT ? plain : plain + " (" + reason.name() + ")";
    }

    AttendanceKind getKind() {
        return kind;
    }

    Integer getHoursMissed() {
        return hoursMissed;
    }

    Long getAbsenceReasonId() {
        return absenceReasonId;
    }

    Long getLessonId() {
        return lessonId;
    }

    Long getStudentId() {
        return studentId;
    }
}
