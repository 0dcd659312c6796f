package ru.spojournal.exchange.domain;

import static ru.spojournal.exchange.domain.OneRosterPackage.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The college as a OneRoster 1.1 CSV package (DESIGN §4, data exchange): org = the college and its
 * departments; academicSession = academic years and their terms; course = subject (and, for the
 * groups, the specialty); class = a homeroom class per group and a scheduled class per teaching
 * assignment (group × subject, one per subgroup); users with parent↔student links in
 * agentSourcedIds; enrollments of teachers and students; demographics with sex and birth date.
 * What OneRoster has no field for travels in {@code metadata.spo.*} columns, the standard's
 * extension point, so that the package imports back into this system whole. Values are not
 * quoted against spreadsheets beyond the formula guard: it is a machine format.
 */
@Component
@Transactional(readOnly = true)
class OneRosterExport {

    /** The prefix of this system's extension columns (OneRoster allows «metadata.*» columns). */
    static final String META = "metadata" + ".spo.";

    static final List<String> ORGS =
            List.of("sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId");
    static final List<String> SESSIONS = List.of(
            "sourcedId",
            "status",
            "dateLastModified",
            "title",
            "type",
            "startDate",
            "endDate",
            "parentSourcedId",
            "schoolYear",
            META + "termNumber");
    static final List<String> COURSES = List.of(
            "sourcedId",
            "status",
            "dateLastModified",
            "schoolYearSourcedId",
            "title",
            "courseCode",
            "grades",
            "orgSourcedId",
            "subjects",
            "subjectCodes",
            META + "kind",
            META + "parentCourse",
            META + "qualification");
    static final List<String> CLASSES = List.of(
            "sourcedId",
            "status",
            "dateLastModified",
            "title",
            "grades",
            "courseSourcedId",
            "classCode",
            "classType",
            "location",
            "schoolSourcedId",
            "termSourcedIds",
            "subjects",
            "subjectCodes",
            "periods",
            META + "department",
            META + "course",
            META + "admissionYear",
            META + "group",
            META + "subgroup",
            META + "hours");
    static final List<String> USERS = List.of(
            "sourcedId",
            "status",
            "dateLastModified",
            "enabledUser",
            "orgSourcedIds",
            "role",
            "username",
            "userIds",
            "givenName",
            "familyName",
            "middleName",
            "identifier",
            "email",
            "sms",
            "phone",
            "agentSourcedIds",
            "grades",
            "password",
            META + "position",
            META + "department",
            META + "admittedOn");
    static final List<String> ENROLLMENTS = List.of(
            "sourcedId",
            "status",
            "dateLastModified",
            "classSourcedId",
            "schoolSourcedId",
            "userSourcedId",
            "role",
            "primary",
            "beginDate",
            "endDate");
    static final List<String> DEMOGRAPHICS = List.of(
            "sourcedId",
            "status",
            "dateLastModified",
            "birthDate",
            "sex",
            "americanIndianOrAlaskaNative",
            "asian",
            "blackOrAfricanAmerican",
            "nativeHawaiianOrOtherPacificIslander",
            "white",
            "demographicRaceTwoOrMoreRaces",
            "hispanicOrLatinoEthnicity",
            "countryOfBirthCode",
            "stateOfBirthAbbreviation",
            "cityOfBirth",
            "publicSchoolResidenceStatus");

    private final OneRosterRoster roster;
    private final Clock clock;

    OneRosterExport(OneRosterRoster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    void write(long institutionId, OutputStream out) {
        String now = Instant.now(clock).toString();
        OneRosterRoster.Tables tables = roster.tables(institutionId, now);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            file(zip, csv("manifest"), List.of("propertyName", "value"), manifest());
            file(zip, csv("orgs"), ORGS, tables.orgs());
            file(zip, csv("academicSessions"), SESSIONS, tables.sessions());
            file(zip, csv("courses"), COURSES, tables.courses());
            file(zip, csv("classes"), CLASSES, tables.classes());
            file(zip, csv("users"), USERS, tables.users());
            file(zip, csv("enrollments"), ENROLLMENTS, tables.enrollments());
            file(zip, csv("demographics"), DEMOGRAPHICS, tables.demographics());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> manifest() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String f : List.of(
                "academicSessions",
                "categories",
                "classes",
                "classResources",
                "courses",
                "courseResources",
                "demographics",
                "enrollments",
                "lineItems",
                "orgs",
                "resources",
                "results",
                "users")) {
            files.put(
                    "file." + f,
                    List.of("academicSessions", "classes", "courses", "demographics", "enrollments", "orgs", "users")
                                    .contains(f)
                            ? "bulk"
                            : "absent");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("manifest" + ".version", "1.0"));
        rows.add(List.of("oneroster" + ".version", "1.1"));
        files.forEach((k, v) -> rows.add(List.of(k, v)));
        rows.add(List.of("source" + ".systemName", "spo-journal"));
        return rows;
    }

    private static void file(ZipOutputStream zip, String name, List<String> header, List<List<String>> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(header);
        for (List<String> row : rows) {
            printer.printRecord(row.stream()
                    .map(v -> v == null ? "" : TableWriter.isDangerous(v) ? "'" + v : v)
                    .toList());
        }
        printer.flush();
        zip.closeEntry();
    }

    /** A row with the columns of {@code header} filled from the pairs given. */
    static List<String> row(List<String> header, Map<String, String> values) {
        String[] row = new String[header.size()];
        Arrays.fill(row, "");
        values.forEach((k, v) -> row[header.indexOf(k)] = v == null ? "" : v);
        return Arrays.asList(row);
    }

    static Map<String, String> values(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
