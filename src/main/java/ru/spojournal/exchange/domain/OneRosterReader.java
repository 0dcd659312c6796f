package ru.spojournal.exchange.domain;

import static ru.spojournal.exchange.domain.OneRosterExport.META;
import static ru.spojournal.exchange.domain.OneRosterPackage.csv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.spojournal.exchange.domain.Entries.TermEntry;
import ru.spojournal.exchange.domain.OneRosterPackage.Row;
import ru.spojournal.exchange.domain.OneRosterPackage.Table;

/**
 * Reads a OneRoster package, 1.1 or 1.2, bulk or delta, into an import batch: the college's
 * departments (orgs), academic years and terms (academicSessions), subjects and specialties
 * (courses); {@link OneRosterClasses} does groups, the teaching load, staff, students and
 * parents. Every departure from the standard found in real packages is reported where it is:
 * orphan references, non-standard dates and headers, unknown statuses.
 */
@Component
public class OneRosterReader {

    static final String SOURCE = "oneroster";
    static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");

    private final int maxRows;

    OneRosterReader(@Value("${journal.exchange.max-rows:20000}") int maxRows) {
        this.maxRows = maxRows;
    }

    public void read(Path zip, ImportBatch batch, IntConsumer progress) {
        Problems problems = batch.problems;
        OneRosterPackage pkg = OneRosterPackage.open(zip, problems, maxRows);
        OneRosterModel model = new OneRosterModel(pkg, problems);
        manifest(pkg, model, problems);
        orgs(model, problems);
        sessions(model, batch, problems);
        courses(model, problems);
        new OneRosterClasses(model, batch, problems).read();
        problems.inFile(null);
        progress.accept(batch.size());
    }

    private static void manifest(OneRosterPackage pkg, OneRosterModel model, Problems problems) {
        Table manifest = pkg.table(csv("manifest"));
        if (manifest == null) {
            problems.inFile(csv("manifest"));
            problems.warning(At.FILE, "exchange.oneroster.noManifest");
            return;
        }
        problems.inFile(manifest.file());
        Map<String, Row> properties = new HashMap<>();
        manifest.rows().forEach(r -> properties.put(r.get("propertyName"), r));
        Row version = properties.get("oneroster" + ".version");
        if (version == null || !VERSIONS.contains(version.get("value"))) {
            problems.error(
                    version == null ? At.FILE : new At(version.number(), "value"),
                    "exchange.oneroster.version",
                    version == null ? "" : version.get("value"));
        }
        for (Row r : manifest.rows()) {
            String name = r.get("propertyName");
            if (!name.startsWith("file.")) {
                continue;
            }
            String file = name.substring(5) + ".csv";
            String mode = r.get("value").toLowerCase(Locale.ROOT);
            if (mode.equals("delta")) {
                model.delta = true;
            }
            if ((mode.equals("bulk") || mode.equals("delta")) && !pkg.has(file)) {
                problems.error(new At(r.number(), "value"), "exchange.oneroster.fileMissing", file);
            } else if (!Set.of("bulk", "delta", "absent").contains(mode)) {
                problems.warning(new At(r.number(), "value"), "exchange.oneroster.fileMode", r.get("value"));
            }
        }
    }

    private static void orgs(OneRosterModel model, Problems problems) {
        for (Row r : model.rows(csv("orgs"), problems, "sourcedId", "name", "type")) {
            String type = r.get("type").toLowerCase(Locale.ROOT);
            if (type.equals("department")) {
                model.departments.put(r.get("sourcedId"), r.get("name"));
            } else {
                model.schools.add(r.get("sourcedId"));
            }
        }
        for (Row r : model.rows(csv("orgs"), problems)) {
            String parent = r.get("parentSourcedId");
            if (!parent.isEmpty() && !model.departments.containsKey(parent) && !model.schools.contains(parent)) {
                problems.warning(new At(r.number(), "parentSourcedId"), "exchange.oneroster.orphanOrg", parent);
            }
        }
    }

    /** Years from schoolYear sessions, or made from a term's schoolYear when its parent is missing. */
    private static void sessions(OneRosterModel model, ImportBatch batch, Problems problems) {
        Map<String, Row> byId = new HashMap<>();
        List<Row> terms = new ArrayList<>();
        for (Row r :
                model.rows(csv("academicSessions"), problems, "sourcedId", "title", "type", "startDate", "endDate")) {
            byId.put(r.get("sourcedId"), r);
            String type = r.get("type").toLowerCase(Locale.ROOT);
            if (type.equals("term") || type.equals("semester")) {
                terms.add(r);
            } else if (type.equals("gradingperiod")) {
                problems.warning(new At(r.number(), "type"), "exchange.oneroster.gradingPeriod", r.get("title"));
            } else if (!type.equals("schoolyear")) {
                problems.error(new At(r.number(), "type"), "exchange.oneroster.sessionType", r.get("type"));
            }
        }
        batch.termsFile = csv("academicSessions");
        Map<String, List<Row>> byYear = new HashMap<>();
        Map<String, Row> years = new HashMap<>();
        for (Row t : terms) {
            Row parent = byId.get(t.get("parentSourcedId"));
            String year;
            if (parent != null && parent.get("type").equalsIgnoreCase("schoolYear")) {
                year = parent.get("title");
                years.put(year, parent);
            } else {
                if (!t.get("parentSourcedId").isEmpty()) {
                    problems.warning(
                            new At(t.number(), "parentSourcedId"),
                            "exchange.oneroster.orphanSession",
                            t.get("parentSourcedId"));
                }
                year = yearName(model, t, problems);
                if (year == null) {
                    continue;
                }
            }
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(t);
        }
        byYear.forEach((year, rows) -> addTerms(model, batch, year, years.get(year), rows));
    }

    private static String yearName(OneRosterModel model, Row term, Problems problems) {
        String schoolYear = term.get("schoolYear");
        if (!schoolYear.matches("\\d{4}")) {
            problems.error(new At(term.number(), "schoolYear"), "exchange.oneroster.noYear");
            return null;
        }
        int end = Integer.parseInt(schoolYear);
        return (end - 1) + "/" + end;
    }

    private static void addTerms(OneRosterModel model, ImportBatch batch, String year, Row yearRow, List<Row> rows) {
        List<Object[]> dated = new ArrayList<>();
        for (Row t : rows) {
            LocalDate start = model.pkg.date(t, "startDate", true);
            LocalDate end = model.pkg.date(t, "endDate", true);
            if (start != null && end != null) {
                dated.add(new Object[] {t, start, end});
            }
        }
        dated.sort(java.util.Comparator.comparing(d -> (LocalDate) d[1]));
        LocalDate yearStart = yearRow == null ? null : model.pkg.date(yearRow, "startDate", true);
        LocalDate yearEnd = yearRow == null ? null : model.pkg.date(yearRow, "endDate", true);
        for (Object[] d : dated) {
            LocalDate s = (LocalDate) d[1];
            LocalDate e = (LocalDate) d[2];
            yearStart = yearStart == null || s.isBefore(yearStart) && yearRow == null ? s : yearStart;
            yearEnd = yearEnd == null || e.isAfter(yearEnd) && yearRow == null ? e : yearEnd;
        }
        int number = 0;
        for (Object[] d : dated) {
            Row t = (Row) d[0];
            number++;
            String explicit = t.get(META + "termNumber");
            int n = explicit.matches("\\d") ? Integer.parseInt(explicit) : number;
            model.terms.put(t.get("sourcedId"), new String[] {year, String.valueOf(n)});
            batch.terms.add(new TermEntry(
                    new Src(t.number(), Map.of("startDate", "startDate")),
                    year,
                    yearStart,
                    yearEnd,
                    n,
                    t.get("title"),
                    (LocalDate) d[1],
                    (LocalDate) d[2]));
        }
    }

    private static void courses(OneRosterModel model, Problems problems) {
        for (Row r : model.rows(csv("courses"), problems, "sourcedId", "title")) {
            model.courses.put(r.get("sourcedId"), r);
        }
    }
}
