package ru.spojournal.structure.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import ru.spojournal.structure.CatalogCommands.PeriodEdit;
import ru.spojournal.structure.domain.PeriodRow;

/** A пара: its schedule, weekday (empty for every day), number and times as «08:30». */
class PeriodForm {

    private Long bellScheduleId;

    @Min(value = 1, message = "{period.day.range}")
    @Max(value = 7, message = "{period.day.range}")
    private Integer dayOfWeek;

    @Min(value = 1, message = "{period.number.range}")
    @Max(value = 10, message = "{period.number.range}")
    private Integer number;

    @NotNull(message = "{period.start.required}")
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime start;

    @NotNull(message = "{period.end.required}")
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime end;

    private Long version;

    static PeriodForm of(PeriodRow row) {
        PeriodForm form = new PeriodForm();
        form.bellScheduleId = row.bellScheduleId();
        form.dayOfWeek = row.dayOfWeek();
        form.number = row.number();
        form.start = row.start();
        form.end = row.end();
        form.version = row.version();
        return form;
    }

    PeriodEdit edit() {
        return new PeriodEdit(bellScheduleId, dayOfWeek, number, start, end, version);
    }

    public Long getBellScheduleId() {
        return bellScheduleId;
    }

    public void setBellScheduleId(Long bellScheduleId) {
        this.bellScheduleId = bellScheduleId;
    }

    public Integer getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(Integer dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
