package ru.spojournal.teaching.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.spojournal.teaching.SubstitutionKind;
import ru.spojournal.teaching.WeekParity;

/** The forms of the timetable pages. */
final class TimetableForms {

    private TimetableForms() {}

    /** A weekly slot. */
    static class SlotForm {
        @NotNull(message = "{slot.assignment.required}")
        private Long assignmentId;

        @NotNull(message = "{slot.day.required}")
        @Min(value = 1, message = "{slot.day.range}")
        @Max(value = 6, message = "{slot.day.range}")
        private Integer dayOfWeek;

        @NotNull(message = "{slot.period.required}")
        @Min(value = 1, message = "{slot.period.range}")
        @Max(value = 8, message = "{slot.period.range}")
        private Integer periodNumber;

        private WeekParity parity = WeekParity.ALL;

        @Size(max = 30, message = "{slot.room.tooLong}")
        private String room;

        public Long getAssignmentId() {
            return assignmentId;
        }

        public void setAssignmentId(Long assignmentId) {
            this.assignmentId = assignmentId;
        }

        public Integer getDayOfWeek() {
            return dayOfWeek;
        }

        public void setDayOfWeek(Integer dayOfWeek) {
            this.dayOfWeek = dayOfWeek;
        }

        public Integer getPeriodNumber() {
            return periodNumber;
        }

        public void setPeriodNumber(Integer periodNumber) {
            this.periodNumber = periodNumber;
        }

        public WeekParity getParity() {
            return parity;
        }

        public void setParity(WeekParity parity) {
            this.parity = parity;
        }

        public String getRoom() {
            return room;
        }

        public void setRoom(String room) {
            this.room = room;
        }
    }

    /** A dated substitution, cancellation or extra lesson. */
    static class SubstitutionForm {
        @NotNull(message = "{substitution.date.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        @NotNull(message = "{slot.period.required}")
        @Min(value = 1, message = "{slot.period.range}")
        @Max(value = 8, message = "{slot.period.range}")
        private Integer periodNumber;

        @NotNull(message = "{substitution.kind.required}")
        private SubstitutionKind kind = SubstitutionKind.REPLACE;

        @NotNull(message = "{slot.assignment.required}")
        private Long assignmentId;

        private Long substituteStaffId;

        @Size(max = 30, message = "{slot.room.tooLong}")
        private String room;

        @Size(max = 300, message = "{substitution.note.tooLong}")
        private String note;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public Integer getPeriodNumber() {
            return periodNumber;
        }

        public void setPeriodNumber(Integer periodNumber) {
            this.periodNumber = periodNumber;
        }

        public SubstitutionKind getKind() {
            return kind;
        }

        public void setKind(SubstitutionKind kind) {
            this.kind = kind;
        }

        public Long getAssignmentId() {
            return assignmentId;
        }

        public void setAssignmentId(Long assignmentId) {
            this.assignmentId = assignmentId;
        }

        public Long getSubstituteStaffId() {
            return substituteStaffId;
        }

        public void setSubstituteStaffId(Long substituteStaffId) {
            this.substituteStaffId = substituteStaffId;
        }

        public String getRoom() {
            return room;
        }

        public void setRoom(String room) {
            this.room = room;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
