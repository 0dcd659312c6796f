package ru.spojournal.people.domain;

import java.util.List;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.security.Role;

/**
 * A page of the administrator's list of accounts: the list's words, order and page (see
 * {@link ListQuery}), and a role, or none for every role.
 */
public record AccountQuery(ListQuery list, Role role) {

    public static final List<String> SORTS = List.of("login", "name", "lastLogin", "created");

    public static AccountQuery of(String q, Role role, String sort, String dir, int page) {
        return new AccountQuery(ListQuery.of(q, sort, dir, page, SORTS), role);
    }

    public String text() {
        return list.text();
    }

    public String sort() {
        return list.sort();
    }

    public boolean descending() {
        return list.descending();
    }
}
