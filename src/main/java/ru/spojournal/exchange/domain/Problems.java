package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one import. Only the first few hundred are kept, so that a file with
 * an error on each of 100,000 rows cannot fill the memory; the rest are counted.
 */
final class Problems {

    static final int KEPT = 500;

    private final List<Problem> kept = new ArrayList<>();
    private int errors;
    private int warnings;
    private String file;

    /** Problems reported from now on belong to this file of a package. */
    void inFile(String name) {
        this.file = name;
    }

    void error(At at, String key, Object... args) {
        errors++;
        keep(new Problem(file, at.row(), at.column(), false, key, args));
    }

    void warning(At at, String key, Object... args) {
        warnings++;
        keep(new Problem(file, at.row(), at.column(), true, key, args));
    }

    private void keep(Problem p) {
        if (kept.size() < KEPT) {
            kept.add(p);
        }
    }

    int errorCount() {
        return errors;
    }

    int warningCount() {
        return warnings;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    List<Problem> list() {
        return List.copyOf(kept);
    }
}
