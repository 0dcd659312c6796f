package ru.spojournal.people.domain;

import java.util.Map;
import java.util.stream.Collectors;
import ru.spojournal.platform.text.Vocabulary;

/** The people module's words, read once from {@code vocabulary/people.properties}. */
public final class PeopleWords {

    static final Vocabulary WORDS = Vocabulary.load("people");

    private PeopleWords() {}

    /** The Latin spelling of each Russian letter, from pairs «letter=spelling». */
    public static Map<Character, String> latinLetters() {
        return WORDS.words("latinLetters").stream()
                .map(pair -> pair.split("=", -1))
                .peek(pair -> {
                    if (pair.length != 2 || pair[0].length() != 1) {
                        throw new IllegalStateException(
                                "Not a letter=spelling pair in latinLetters: " + String.join("=", pair));
                    }
                })
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0].charAt(0), pair -> pair[1]));
    }

    /** «, приказ 15-к»: the order a movement was made by, as the history writes it. */
    static String movementOrder(String orderNumber) {
        return WORDS.format("movementOrder", orderNumber);
    }
}
