package ru.spojournal.structure;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list and where it stands among all rows that match. */
public record CatalogPage<T>(List<T> rows, long total, int page, int size) {

    static <T> CatalogPage<T> of(Page<?> source, List<T> rows) {
        return new CatalogPage<>(rows, source.getTotalElements(), source.getNumber(), source.getSize());
    }

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
