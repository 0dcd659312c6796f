package ru.spojournal.journal.domain;

import java.time.LocalDate;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.TermView;

/**
 * What saving a record needs to know of its journal, once access is granted: who records, in which
 * journal and term, what today is in the college's time zone (R5), on which days a substitute may
 * record (R8) and whom the journal holds (R7). A whole journal ({@link JournalContext}) is one; a
 * single cell's save gets a narrower one that knows only the student of the cell.
 */
public interface RecordingScope {

    CurrentUser user();

    long institutionId();

    long assignmentId();

    TermView term();

    LocalDate today();

    boolean mayRecordOn(LocalDate date);

    boolean holds(long studentId);
}
