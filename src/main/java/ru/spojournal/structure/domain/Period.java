package ru.spojournal.structure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalTime;
import ru.spojournal.platform.jpa.BaseEntity;
import ru.spojournal.structure.PeriodView;

/**
 * One пара of a bell schedule. Without a day of week it holds on every day that has no row of its
 * own, so a shorter Saturday needs only its own rows.
 */
@Entity
@Table(name = "period")
class Period extends BaseEntity {

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "bell_schedule_id")
    private Long bellScheduleId;

    @Column(name = "day_of_week")
    private Integer dayOfWeek;

    private int number;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @jakarta.persistence.Version
    private long version;

    protected Period() {}

    Period(long institutionId, long bellScheduleId, Integer dayOfWeek, int number, LocalTime start, LocalTime end) {
        this.institutionId = institutionId;
        this.bellScheduleId = bellScheduleId;
        this.dayOfWeek = dayOfWeek;
        this.number = number;
        this.startTime = start;
        this.endTime = end;
    }

    Long getInstitutionId() {
        return institutionId;
    }

    long getVersion() {
        return version;
    }

    void retime(LocalTime start, LocalTime end) {
        this.startTime = start;
        this.endTime = end;
    }

    PeriodRow row() {
        return new PeriodRow(getId(), bellScheduleId, dayOfWeek, number, startTime, endTime, version);
    }

    PeriodView view() {
        return new PeriodView(number, dayOfWeek, startTime, endTime);
    }
}
