package ru.spojournal.journal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.spojournal.journal.domain.JournalWords;

/**
 * The established symbols of the paper journal (DESIGN §2): 5, 4, 3, 2 on the graded scale,
 * «з»/«нз» for pass-fail work, and «н/а» for not attested. Anything else is refused.
 */
public enum MarkValue {
    FIVE("5", "5", 5),
    FOUR("4", "4", 4),
    THREE("3", "3", 3),
    TWO("2", "2", 2),
    PASSED("markPassed"),
    FAILED("markFailed"),
    NOT_ATTESTED("markNotAttested");

    /** What a teacher may type, lower case with «ё» as «е», and the mark it reads as. */
    private static final Map<String, MarkValue> TYPED = typed();

    private final String code;
    private final String display;
    private final Integer points;

    MarkValue(String code, String display, Integer points) {
        this.code = code;
        this.display = display;
        this.points = points;
    }

    /** A symbol of the journal's vocabulary: its stored code and its written form. */
    MarkValue(String word) {
        this(JournalWords.WORDS.word(word + "Code"), JournalWords.WORDS.word(word + "Display"), null);
    }

    private static Map<String, MarkValue> typed() {
        Map<String, MarkValue> typed = new HashMap<>();
        for (MarkValue v : values()) {
            typed.put(v.display, v);
        }
        JournalWords.WORDS.words("markPassedTyped").forEach(t -> typed.put(t, PASSED));
        JournalWords.WORDS.words("markFailedTyped").forEach(t -> typed.put(t, FAILED));
        JournalWords.WORDS.words("markNotAttestedTyped").forEach(t -> typed.put(t, NOT_ATTESTED));
        return Map.copyOf(typed);
    }

    /** The value as stored. */
    public String code() {
        return code;
    }

    /** The value as written in the journal. */
    public String display() {
        return display;
    }

    /** Points on the five-point scale, if the mark has them. */
    public Optional<Integer> points() {
        return Optional.ofNullable(points);
    }

    public boolean graded() {
        return points != null;
    }

    /** Whether a column of this kind takes the value: pass-fail columns take з/нз, others 5–2 and н/а. */
    public boolean fits(boolean passFailColumn) {
        return passFailColumn ? this == PASSED || this == FAILED : this != PASSED && this != FAILED;
    }

    /** Reads what a teacher types or an API sends: "5", "з", "зач", "нз", "н/а", "НА", ... */
    public static Optional<MarkValue> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('\u0451', '\u0435');
        return Optional.ofNullable(TYPED.get(t));
    }

    public static Optional<MarkValue> ofCode(String code) {
        for (MarkValue v : values()) {
            if (v.code.equals(code)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
