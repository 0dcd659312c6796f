package ru.spojournal.platform;

import java.util.List;

/** One page of an administrator's list and where it stands among all rows that match. */
public record ListPage<T>(List<T> rows, long total, int page, int size) {

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
