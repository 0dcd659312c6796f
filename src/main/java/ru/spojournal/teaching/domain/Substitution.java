package ru.spojournal.teaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.teaching.SubstitutionKind;
import ru.spojournal.teaching.SubstitutionView;

/** A замена on a date: another teacher, no lesson at all, or an extra lesson. */
@Entity
@Table(name = "substitution")
class Substitution extends InstitutionOwned {

    @Column(name = "lesson_date")
    private LocalDate date;

    @Column(name = "period_number")
    private int periodNumber;

    @Enumerated(EnumType.STRING)
    private SubstitutionKind kind;

    @Column(name = "slot_id")
    private Long slotId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "substitute_staff_id")
    private Long substituteStaffId;

    private String room;
    private String note;
    private boolean deleted;

    protected Substitution() {}

    public Substitution(
            long institutionId,
            LocalDate date,
            int periodNumber,
            SubstitutionKind kind,
            Long slotId,
            long assignmentId,
            Long substituteStaffId,
            String room,
            String note) {
        super(institutionId);
        this.date = date;
        this.periodNumber = periodNumber;
        this.kind = kind;
        this.slotId = slotId;
        this.assignmentId = assignmentId;
        this.substituteStaffId = substituteStaffId;
        this.room = room;
        this.note = note;
    }

    void delete() {
        this.deleted = true;
    }

    public SubstitutionView view() {
        return new SubstitutionView(
                getId(), date, periodNumber, kind, slotId, assignmentId, substituteStaffId, room, note);
    }
}
