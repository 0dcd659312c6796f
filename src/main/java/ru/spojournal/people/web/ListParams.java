package ru.spojournal.people.web;

import ru.spojournal.platform.ListQuery;

/** Reads the list parameters of a request (q, sort, dir, page) the same way on every list page. */
final class ListParams {

    private ListParams() {}

    /** The query, its sort one of the list's known sorts (the first when absent or unknown). */
    static ListQuery of(String q, String sort, String dir, int page, String... sorts) {
        boolean known = sort != null && java.util.Arrays.asList(sorts).contains(sort);
        return new ListQuery(q, known ? sort : sorts[0], "desc".equals(dir), page);
    }
}
