package ru.spojournal.journal;

import ru.spojournal.journal.domain.JournalWords;

/**
 * A reason of absence, whether it excuses, and the short mark its absences show in the journal
 * («б» for illness; {@code null}: they show «н»).
 */
public record AbsenceReasonView(Long id, String code, String name, boolean excused, String mark, boolean archived) {

    /** The cell of an absence with this reason: its mark, or «н». */
    public String cellMark() {
        return mark == null ? JournalWords.ABSENT : mark;
    }
}
