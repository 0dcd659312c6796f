package ru.spojournal.teaching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.WeekParity;

/** A weekly place of a teaching assignment in the timetable: day, пара, week parity, room. */
@Entity
@Table(name = "timetable_slot")
class TimetableSlot extends InstitutionOwned {

    @Column(name = "term_id")
    private Long termId;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "day_of_week")
    private int dayOfWeek;

    @Column(name = "period_number")
    private int periodNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "week_parity")
    private WeekParity weekParity;

    private String room;
    private boolean deleted;

    protected TimetableSlot() {}

    public TimetableSlot(
            long institutionId,
            long termId,
            long assignmentId,
            int dayOfWeek,
            int periodNumber,
            WeekParity parity,
            String room) {
        super(institutionId);
        this.termId = termId;
        this.assignmentId = assignmentId;
        this.dayOfWeek = dayOfWeek;
        this.periodNumber = periodNumber;
        this.weekParity = parity;
        this.room = room;
    }

    public void delete() {
        this.deleted = true;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public SlotView view() {
        return new SlotView(getId(), termId, assignmentId, dayOfWeek, periodNumber, weekParity, room);
    }
}
