package ru.spojournal.platform;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Words to search for and the page of an administrator's list, read once from the request's
 * {@code q}, {@code sort}, {@code dir} and {@code page}. The page always sorts by exactly one of the
 * list's own keys: a key the list does not know falls back to its first, so a hand-edited URL
 * cannot reach the query.
 */
public record ListQuery(String text, Pageable pageable) {

    public static final int PAGE_SIZE = 25;

    public ListQuery {
        text = text == null ? "" : text.strip();
        if (pageable.getSort().isUnsorted()) {
            throw new IllegalArgumentException("a list page is sorted by one of its keys");
        }
    }

    public static ListQuery of(String q, String sort, String dir, int page, List<String> sorts) {
        String key = sort != null && sorts.contains(sort) ? sort : sorts.get(0);
        Sort.Direction direction = "desc".equals(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
        return new ListQuery(q, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by(direction, key)));
    }

    /** The first page of a list, in ascending order of the key. */
    public static ListQuery first(String q, String sort) {
        return of(q, sort, "asc", 0, List.of(sort));
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** The words as a case-free LIKE pattern, their wildcards escaped (see {@link Like}). */
    public String like() {
        return Like.containing(text);
    }

    /** The list's sort key. */
    public String sort() {
        return order().getProperty();
    }

    public boolean descending() {
        return order().isDescending();
    }

    public String direction() {
        return descending() ? "desc" : "asc";
    }

    public int page() {
        return pageable.getPageNumber();
    }

    /** The page, its key followed by a property that breaks ties, so pages never share rows. */
    public Pageable thenBy(String property) {
        return PageRequest.of(page(), PAGE_SIZE, pageable.getSort().and(Sort.by(property)));
    }

    private Sort.Order order() {
        return pageable.getSort().iterator().next();
    }
}
