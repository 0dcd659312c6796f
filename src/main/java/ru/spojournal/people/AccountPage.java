package ru.spojournal.people;

import java.util.List;

/** One page of accounts and where it stands among all that match. */
public record AccountPage(List<AccountListRow> rows, long total, int page, int size) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
