package ru.spojournal.journal.domain;

import java.time.LocalDate;
import ru.spojournal.platform.error.FieldRejectedException;

/** Applies {@link EntryWindow} (R5) to a change and answers whether it is a late one. */
final class EntryRules {

    private EntryRules() {}

    /** Checks a change of a lesson's records; true when it is late (and then has its reason). */
    static boolean recordChange(RecordingScope ctx, LocalDate lessonDate, String reason, String field) {
        requireOwnDay(ctx, lessonDate, field);
        return verdict(EntryWindow.forRecords(lessonDate, ctx.today(), ctx.term()), lessonDate, reason, field);
    }

    /** Checks the date of a new or moved lesson. */
    static boolean lessonDate(RecordingScope ctx, LocalDate lessonDate, String reason) {
        requireOwnDay(ctx, lessonDate, "date");
        return verdict(EntryWindow.forLessonDate(lessonDate, ctx.today(), ctx.term()), lessonDate, reason, "date");
    }

    /** A substitute records only on the days of the substitution. */
    private static void requireOwnDay(RecordingScope ctx, LocalDate date, String field) {
        if (!ctx.mayRecordOn(date)) {
            throw new FieldRejectedException(
                    field, "journal.substitute.otherDay", ru.spojournal.platform.web.Dates.format(date));
        }
    }

    /** The history keeps a reason of up to 500 characters (R1), whether or not the change needs one. */
    private static final int REASON_MAX = 500;

    private static boolean verdict(EntryWindow.Verdict verdict, LocalDate date, String reason, String field) {
        if (reason != null && reason.strip().length() > REASON_MAX) {
            throw new FieldRejectedException("reason", "journal.reason.tooLong");
        }
        JournalText.requirePrintable(reason, "reason", "journal.reason");
        switch (verdict) {
            case OUTSIDE_TERM -> throw new FieldRejectedException("date", "lesson.date.outsideTerm");
            case TOO_FAR_AHEAD ->
                throw new FieldRejectedException("date", "lesson.date.tooFar", EntryWindow.MAX_DAYS_AHEAD);
            case TERM_CLOSED -> throw new FieldRejectedException(field, "journal.term.closed");
            case FUTURE_LESSON ->
                throw new FieldRejectedException(
                        field, "journal.lesson.future", ru.spojournal.platform.web.Dates.format(date));
            case LATE_NEEDS_REASON -> {
                if (reason == null || reason.isBlank()) {
                    throw new FieldRejectedException(
                            "reason", "journal.reason.required", ru.spojournal.platform.web.Dates.format(date));
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
