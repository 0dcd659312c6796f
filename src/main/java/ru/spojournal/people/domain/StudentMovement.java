package ru.spojournal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.MovementView;
import ru.spojournal.platform.jpa.BaseEntity;

/** One line of a student's history: admission, transfer, leave, expulsion, return, graduation. */
@Entity
@Table(name = "student_movement")
class StudentMovement extends BaseEntity {

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "student_id")
    private Long studentId;

    @Enumerated(EnumType.STRING)
    private MovementKind kind;

    @Column(name = "from_group_id")
    private Long fromGroupId;

    @Column(name = "to_group_id")
    private Long toGroupId;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "order_number")
    private String orderNumber;

    private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private Long recordedBy;

    protected StudentMovement() {}

    StudentMovement(
            long institutionId,
            long studentId,
            MovementKind kind,
            Long fromGroupId,
            Long toGroupId,
            LocalDate effectiveOn,
            String orderNumber,
            String reason,
            Instant recordedAt,
            Long recordedBy) {
        this.institutionId = institutionId;
        this.studentId = studentId;
        this.kind = kind;
        this.fromGroupId = fromGroupId;
        this.toGroupId = toGroupId;
        this.effectiveOn = effectiveOn;
        this.orderNumber = orderNumber;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    MovementView view() {
        return new MovementView(kind, fromGroupId, toGroupId, effectiveOn, orderNumber, reason);
    }
}
