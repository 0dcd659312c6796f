package ru.spojournal.structure;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page of one of the administrator's lists: words to search, a sort key out of the list's own
 * keys (anything else falls back to the first), the direction, the page from 0, and whether
 * archived rows are shown too.
 */
public record CatalogQuery(String text, String sort, boolean descending, int page, boolean archived) {

    public static final int PAGE_SIZE = 25;

    public CatalogQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(0, page);
    }

    /** The same query with its sort key checked against the list's keys. */
    public CatalogQuery sortedBy(List<String> keys) {
        return sort != null && keys.contains(sort)
                ? this
                : new CatalogQuery(text, keys.get(0), descending, page, archived);
    }

    /** "%words%" in lower case, for a case-insensitive search. */
    String pattern() {
        return "%" + text.toLowerCase(java.util.Locale.ROOT) + "%";
    }

    Pageable pageable(String property) {
        return PageRequest.of(
                page,
                PAGE_SIZE,
                Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, property)
                        .and(Sort.by("id")));
    }
}
