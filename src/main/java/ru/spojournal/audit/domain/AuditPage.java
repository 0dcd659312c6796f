package ru.spojournal.audit.domain;

import java.util.List;

/** One page of audit entries, newest first, and how many match in all. */
public record AuditPage(List<AuditEntryView> entries, long total, int page, int size) {

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
