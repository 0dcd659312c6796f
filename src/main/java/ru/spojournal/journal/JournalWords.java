package ru.spojournal.journal;

import ru.spojournal.platform.text.Vocabulary;

/** The journal's symbols, read once from {@code vocabulary/journal.properties}. */
final class JournalWords {

    static final Vocabulary WORDS = Vocabulary.load("journal");

    /** «н»: an absence without a reason that has a mark of its own. */
    static final String ABSENT = WORDS.word("absentMark");

    /** «оп»: late. */
    static final String LATE = WORDS.word("lateMark");

    /** «осв»: exempt from the subject. */
    static final String EXEMPT = WORDS.word("exemptMark");

    private JournalWords() {}

    /** An absence as the history names it with its reason: «н (Болезнь (справка))». */
    static String withReason(String cell, String reason) {
        return WORDS.format("absenceWithReason", cell, reason);
    }
}
