package ru.spojournal.platform;

import java.util.Locale;

/**
 * LIKE patterns from what a user typed. The user's {@code %} and {@code _} are literal characters
 * of a name or a code, never wildcards, so they are escaped with {@value #ESCAPE}; every query that
 * takes such a pattern says {@code escape '!'}.
 */
public final class Like {

    public static final char ESCAPE = '!';

    private Like() {}

    /** "%words%" in lower case, for a case-free search anywhere in the value. */
    public static String containing(String words) {
        return "%" + escaped(words.toLowerCase(Locale.ROOT)) + "%";
    }

    /** "start%" as typed, for values that begin with it. */
    public static String startingWith(String start) {
        return escaped(start) + "%";
    }

    static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
