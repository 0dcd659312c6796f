package ru.spojournal.supervision.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * R5 as the daily control reads it: a lesson is recorded on time when it is in the journal before
 * the end of its day in the college's time zone, whatever the server's or UTC's date is then. A
 * lesson not yet recorded is not a gap until its day is over, so the morning's list never shows
 * lessons that are still being taught.
 */
public final class Timeliness {

    /** What the control says of one lesson of the timetable. */
    public enum Kind {
        ON_TIME,
        LATE,
        NOT_RECORDED,
        NOT_DUE
    }

    /** The verdict and, for a late or missing entry, how long after its day's end. */
    public record Verdict(Kind kind, Duration lateBy) {

        public Verdict {
            Objects.requireNonNull(kind);
            lateBy = lateBy == null ? Duration.ZERO : lateBy;
        }

        public boolean isGap() {
            return kind == Kind.LATE || kind == Kind.NOT_RECORDED;
        }
    }

    private Timeliness() {}

    /** The moment a lesson's day ends in the college's time zone: its entries are due by then. */
    public static Instant deadline(LocalDate lessonDate, ZoneId zone) {
        return lessonDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The verdict on a lesson of {@code lessonDate}, first recorded at {@code recordedAt} (null when
     * it is not in the journal), seen at {@code now}.
     */
    public static Verdict of(LocalDate lessonDate, Instant recordedAt, Instant now, ZoneId zone) {
        Instant due = deadline(lessonDate, zone);
        if (recordedAt == null) {
            return now.isBefore(due)
                    ? new Verdict(Kind.NOT_DUE, Duration.ZERO)
                    : new Verdict(Kind.NOT_RECORDED, Duration.between(due, now));
        }
        return recordedAt.isBefore(due)
                ? new Verdict(Kind.ON_TIME, Duration.ZERO)
                : new Verdict(Kind.LATE, Duration.between(due, recordedAt));
    }
}
