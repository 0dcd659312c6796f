package ru.spojournal.journal;

import java.util.Locale;
import java.util.Optional;

/**
 * The established symbols of the paper journal (DESIGN §2): 5, 4, 3, 2 on the graded scale,
 * «з»/«нз» for pass-fail work, and «н/а» for not attested. Anything else is refused.
 */
public enum MarkValue {
    FIVE("5", "5", 5),
    FOUR("4", "4", 4),
    THREE("3", "3", 3),
    TWO("2", "2", 2),
    PASSED("З", "з", null),
    FAILED("НЗ", "нз", null),
    NOT_ATTESTED("НА", "н/а", null);

    private final String code;
    private final String display;
    private final Integer points;

    MarkValue(String code, String display, Integer points) {
        this.code = code;
        this.display = display;
        this.points = points;
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
        String t = text.strip().toLowerCase(Locale.ROOT).replace("ё", "е");
        return switch (t) {
            case "5" -> Optional.of(FIVE);
            case "4" -> Optional.of(FOUR);
            case "3" -> Optional.of(THREE);
            case "2" -> Optional.of(TWO);
            case "з", "зач", "зачтено" -> Optional.of(PASSED);
            case "нз", "незач", "не зачтено" -> Optional.of(FAILED);
            case "н/а", "на", "н\\а" -> Optional.of(NOT_ATTESTED);
            default -> Optional.empty();
        };
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
