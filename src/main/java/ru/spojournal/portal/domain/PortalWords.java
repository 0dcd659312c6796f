package ru.spojournal.portal.domain;

import ru.spojournal.platform.text.Vocabulary;

/** The portal's words, read once from {@code vocabulary/portal.properties}. */
final class PortalWords {

    static final Vocabulary WORDS = Vocabulary.load("portal");

    private PortalWords() {}

    /** «ауд. 214»: where a lesson is, as the calendar writes it. */
    static String room(String room) {
        return WORDS.format("room", room);
    }
}
