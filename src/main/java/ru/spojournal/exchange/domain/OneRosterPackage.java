package ru.spojournal.exchange.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The CSV files of a OneRoster package, read leniently where the samples of other systems bend
 * the standard, and saying so: headers of 1.0 and typos («dataLastModified», «agents»,
 * «prefferedGivenName») are understood with a warning, empty header cells are reported, dates in
 * «1/05/2023» form are read as day/month/year with a warning. File names are matched without
 * case (userProfiles.csv, userprofiles.csv). The archive is checked against zip bombs: at most
 * 50 entries and 100 MB unpacked.
 */
final class OneRosterPackage {

    private static final int MAX_ENTRIES = 50;
    private static final long MAX_BYTES = 100L * 1024 * 1024;
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Old and misspelt headers seen in real packages, and what they mean. */
    private static final Map<String, String> ALIASES = Map.of(
            "datalastmodified",
            "dateLastModified",
            "grade",
            "grades",
            "termsourcedid",
            "termSourcedIds",
            "userid",
            "userIds",
            "agents",
            "agentSourcedIds",
            "schoolyearid",
            "schoolYearSourcedId",
            "prefferedgivenname",
            "preferredGivenName",
            "prefferedmiddlename",
            "preferredMiddleName",
            "prefferedfamilyname",
            "preferredFamilyName",
            "birthdate",
            "birthDate");

    /** One data row: its number as a spreadsheet counts it, and its values by column. */
    record Row(int number, Map<String, String> values) {

        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    record Table(String file, List<String> columns, List<Row> rows) {}

    private final Map<String, Table> tables = new HashMap<>();

    /** A file name of the package: {@code csv("users")} is users.csv. */
    static String csv(String name) {
        return name + ".csv";
    }

    private final Problems problems;

    private OneRosterPackage(Problems problems) {
        this.problems = problems;
    }

    static OneRosterPackage open(Path zip, Problems problems, int maxRows) {
        if (!TableReader.isZip(zip)) {
            throw new FileRejected("exchange.oneroster.notZip");
        }
        OneRosterPackage pkg = new OneRosterPackage(problems);
        Path dir = null;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            dir = Files.createTempDirectory("oneroster-");
            Enumeration<? extends ZipEntry> entries = file.entries();
            int count = 0;
            long bytes = 0;
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || !base.toLowerCase(Locale.ROOT).endsWith(".csv") || base.startsWith("._")) {
                    continue;
                }
                if (++count > MAX_ENTRIES) {
                    throw new FileRejected("exchange.oneroster.tooBig");
                }
                Path target = dir.resolve("f" + count + ".csv");
                bytes += copy(file.getInputStream(entry), target, MAX_BYTES - bytes);
                pkg.read(base, target, maxRows);
            }
        } catch (IOException e) {
            throw new FileRejected("exchange.oneroster.notZip");
        } finally {
            delete(dir);
        }
        return pkg;
    }

    private static long copy(InputStream in, Path target, long allowed) throws IOException {
        try (in;
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > allowed) {
                    throw new FileRejected("exchange.oneroster.tooBig");
                }
                out.write(buffer, 0, n);
            }
            return total;
        }
    }

    private void read(String base, Path csv, int maxRows) {
        List<String> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        problems.inFile(base);
        new CsvReader(maxRows).read(csv, new RowSink() {
            @Override
            public void header(List<String> cells) {
                for (int i = 0; i < cells.size(); i++) {
                    String cell = cells.get(i).strip();
                    String alias = ALIASES.get(cell.toLowerCase(Locale.ROOT));
                    if (cell.isEmpty()) {
                        problems.warning(new At(1, "№ " + (i + 1)), "exchange.oneroster.emptyHeader");
                    } else if (alias != null && !alias.equals(cell)) {
                        problems.warning(new At(1, cell), "exchange.oneroster.alias", alias);
                        cell = alias;
                    }
                    columns.add(cell);
                }
            }

            @Override
            public void row(int number, List<String> cells) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (i >= columns.size() || columns.get(i).isEmpty()) {
                        if (!cells.get(i).isBlank()) {
                            problems.error(
                                    new At(number, "№ " + (i + 1)), "exchange.oneroster.extraValue", cells.get(i));
                        }
                        continue;
                    }
                    values.put(columns.get(i), cells.get(i));
                }
                rows.add(new Row(number, values));
            }
        });
        tables.put(base.toLowerCase(Locale.ROOT), new Table(base, columns, rows));
    }

    Table table(String name) {
        return tables.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return tables.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * A date of the package: ISO (2022-09-01, also with a time part), or day/month/year with a
     * warning that it is not the standard's form. Anything else is an error; empty is null.
     */
    LocalDate date(Row row, String column, boolean required) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                problems.error(new At(row.number(), column), "exchange.cell.required");
            }
            return null;
        }
        try {
            return text.length() > 10
                    ? OffsetDateTime.parse(text.replaceFirst("(\\.\\d{3})\\d+", "$1"))
                            .toLocalDate()
                    : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                LocalDate date = LocalDate.parse(text, DAY_MONTH_YEAR);
                problems.warning(new At(row.number(), column), "exchange.oneroster.dateForm", text, date.toString());
                return date;
            } catch (DateTimeParseException again) {
                problems.error(new At(row.number(), column), "exchange.cell.date", text);
                return null;
            }
        }
    }

    /** dateLastModified should be an ISO date-time; a plain date or another form is noted, not refused. */
    void checkModified(Row row) {
        String text = row.get("dateLastModified");
        if (text.isEmpty()) {
            return;
        }
        try {
            OffsetDateTime.parse(text.replaceFirst("(\\.\\d{3})\\d+", "$1"));
        } catch (DateTimeParseException e) {
            problems.warning(new At(row.number(), "dateLastModified"), "exchange.oneroster.modifiedForm", text);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is cleaned by the system
        }
    }
}
