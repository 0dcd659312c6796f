package ru.spojournal.journal.domain;

import ru.spojournal.platform.text.Vocabulary;

/** The journal's symbols, read once from {@code vocabulary/journal.properties}. */
public final class JournalWords {

    public static final Vocabulary WORDS = Vocabulary.load("journal");

    /** «н»: an absence without a reason that has a mark of its own. */
    public static final String ABSENT = WORDS.word("absentMark");

    /** «оп»: late. */
    public static final String LATE = WORDS.word("lateMark");

    /** «осв»: exempt from the subject. */
    public static final String EXEMPT = WORDS.word("exemptMark");

    private JournalWords() {}

    /** An absence as the history names it with its reason: «н (Болезнь (справка))». */
    public static String withReason(String cell, String reason) {
        return WORDS.format("absenceWithReason", cell, reason);
    }
}
