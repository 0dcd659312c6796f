package ru.spojournal.journal.domain;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import ru.spojournal.platform.error.FieldRejectedException;

/**
 * Text the journal keeps is text a person typed and can read in print (R1, R4): a control code (a
 * NUL byte from a broken client, a bell, an escape sequence) or half of a surrogate pair is refused,
 * naming the field. PostgreSQL cannot store a NUL at all, and the others would print as nothing or
 * be stored as «?». Tabs and line breaks are text.
 */
final class JournalText {

    private JournalText() {}

    /** Refuses the text for {@code field} (labelled by the message {@code labelKey}) if it holds such a character. */
    static void requirePrintable(String text, String field, String labelKey) {
        if (text != null && text.codePoints().anyMatch(JournalText::unprintable)) {
            throw new FieldRejectedException(
                    field, "journal.text.unprintable", new DefaultMessageSourceResolvable(labelKey));
        }
    }

    private static boolean unprintable(int c) {
        return (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                || Character.getType(c) == Character.SURROGATE;
    }
}
