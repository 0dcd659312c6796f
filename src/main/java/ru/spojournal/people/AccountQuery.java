package ru.spojournal.people;

import ru.spojournal.platform.security.Role;

/**
 * A page of the administrator's list of accounts: words of the login or the name, a role, the
 * order (login, name, lastLogin, created) and the page number from 0.
 */
public record AccountQuery(String text, Role role, String sort, boolean descending, int page) {

    public static final int PAGE_SIZE = 25;

    public AccountQuery {
        sort = sort == null
                        || !java.util.List.of("login", "name", "lastLogin", "created")
                                .contains(sort)
                ? "login"
                : sort;
        page = Math.max(0, page);
        text = text == null ? "" : text.strip();
    }
}
