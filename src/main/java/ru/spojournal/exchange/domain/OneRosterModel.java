package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.spojournal.exchange.domain.OneRosterPackage.Row;
import ru.spojournal.exchange.domain.OneRosterPackage.Table;

/** What has been read of a OneRoster package so far, by sourcedId, for the files that refer to it. */
final class OneRosterModel {

    final OneRosterPackage pkg;
    final Problems problems;
    boolean delta;
    final Set<String> schools = new HashSet<>();
    final Map<String, String> departments = new HashMap<>();
    /** Term sourcedId → {academic year name, term number}. */
    final Map<String, String[]> terms = new HashMap<>();

    final Map<String, Row> courses = new HashMap<>();
    /** Records marked «tobedeleted», so that a reference to one is not taken for an orphan. */
    final Set<String> deleted = new HashSet<>();

    OneRosterModel(OneRosterPackage pkg, Problems problems) {
        this.pkg = pkg;
        this.problems = problems;
    }

    /**
     * The active rows of a file, with its required columns checked; a row marked «tobedeleted» is
     * reported and left out, since an import never deletes (R1: nothing recorded disappears).
     */
    List<Row> rows(String file, Problems problems, String... required) {
        Table table = pkg.table(file);
        problems.inFile(file);
        if (table == null) {
            return List.of();
        }
        problems.inFile(table.file());
        for (String column : required) {
            if (!table.columns().contains(column)) {
                problems.error(new At(1, column), "exchange.header.missing", column);
                return List.of();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Row r : table.rows()) {
            String status = r.get("status").toLowerCase(Locale.ROOT);
            if (required.length > 0) {
                pkg.checkModified(r);
            }
            if (status.equals("tobedeleted")) {
                deleted.add(r.get("sourcedId"));
                if (required.length > 0) {
                    problems.warning(
                            new At(r.number(), "status"), "exchange.oneroster.toBeDeleted", r.get("sourcedId"));
                }
                continue;
            }
            if (!status.isEmpty() && !status.equals("active") && required.length > 0) {
                problems.warning(new At(r.number(), "status"), "exchange.oneroster.status", r.get("status"));
            }
            rows.add(r);
        }
        return rows;
    }
}
