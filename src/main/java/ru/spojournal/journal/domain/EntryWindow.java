package ru.spojournal.journal.domain;

import java.time.LocalDate;
import ru.spojournal.structure.TermView;

/**
 * R5: journals are filled on the day of the lesson; a later entry is allowed but needs a reason
 * and is reported. Nothing is locked by date while the term is open, because a blocked entry ends
 * up on paper. What cannot be entered: marks for a lesson that has not happened yet, lessons
 * outside their term or too far ahead, and anything after the term has been closed.
 */
public final class EntryWindow {

    /** How far ahead a lesson may be planned. */
    public static final int MAX_DAYS_AHEAD = 14;

    /** How long after its last day a term stays open for late entries. */
    public static final int GRACE_DAYS_AFTER_TERM = 14;

    /** The verdict on an entry. */
    public enum Verdict {
        ON_TIME,
        LATE_NEEDS_REASON,
        FUTURE_LESSON,
        TERM_CLOSED,
        OUTSIDE_TERM,
        TOO_FAR_AHEAD
    }

    private EntryWindow() {}

    /** May a lesson on this date be created or moved, seen from today? */
    public static Verdict forLessonDate(LocalDate lessonDate, LocalDate today, TermView term) {
        if (!term.contains(lessonDate)) {
            return Verdict.OUTSIDE_TERM;
        }
        if (lessonDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            return Verdict.TOO_FAR_AHEAD;
        }
        return forChange(lessonDate, today, term, true);
    }

    /** May the records of a lesson (marks, attendance, topic) be changed today? */
    public static Verdict forRecords(LocalDate lessonDate, LocalDate today, TermView term) {
        return forChange(lessonDate, today, term, false);
    }

    private static Verdict forChange(LocalDate lessonDate, LocalDate today, TermView term, boolean planning) {
        if (today.isAfter(term.endDate().plusDays(GRACE_DAYS_AFTER_TERM))) {
            return Verdict.TERM_CLOSED;
        }
        if (lessonDate.isAfter(today)) {
            return planning ? Verdict.ON_TIME : Verdict.FUTURE_LESSON;
        }
        return lessonDate.isBefore(today) ? Verdict.LATE_NEEDS_REASON : Verdict.ON_TIME;
    }
}
