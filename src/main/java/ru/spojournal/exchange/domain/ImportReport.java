package ru.spojournal.exchange.domain;

import java.util.List;
import java.util.Map;

/**
 * What checking or applying an import found: every problem (the first few hundred, with the
 * totals), and how many records of each kind are created, changed or left as they were.
 */
public record ImportReport(
        boolean applied,
        int rows,
        int errorCount,
        int warningCount,
        List<Problem> problems,
        Map<String, Integer> counts) {

    public boolean hasErrors() {
        return errorCount > 0;
    }

    /** Problems beyond those kept, for «и ещё N». */
    public int notShown() {
        return Math.max(0, errorCount + warningCount - problems.size());
    }

    /** Whether the import would change anything at all. */
    public boolean changesSomething() {
        return counts.entrySet().stream().anyMatch(e -> !e.getKey().endsWith(".unchanged") && e.getValue() > 0);
    }
}
