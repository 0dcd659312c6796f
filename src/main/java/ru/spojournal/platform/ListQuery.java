package ru.spojournal.platform;

import java.util.List;
import java.util.Locale;

/**
 * Words to search for, the order and the page (from 0) of an administrator's list. A sort the
 * list does not know falls back to its first one, so a hand-edited URL cannot reach raw SQL.
 */
public record ListQuery(String text, String sort, boolean descending, int page) {

    public static final int PAGE_SIZE = 25;

    public ListQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? "" : sort;
        page = Math.max(0, page);
    }

    /** The sort if the list knows it, else the list's default (the first known). */
    public String sortAmong(List<String> known) {
        return known.contains(sort) ? sort : known.get(0);
    }

    /** The words as a case-free LIKE pattern, with the wildcards of the words escaped by '!'. */
    public String likePattern() {
        return "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("!", "!!")
                        .replace("%", "!%")
                        .replace("_", "!_") + "%";
    }

    public String direction() {
        return descending ? "desc" : "asc";
    }
}
