package ru.spojournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.exchange.domain.FileFormat;
import ru.spojournal.exchange.domain.FileRejected;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ImportReport;
import ru.spojournal.exchange.domain.ListFiles;
import ru.spojournal.exchange.domain.OneRosterFiles;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.support.IntegrationTest;

/**
 * OneRoster: the college exported and imported into an empty college gives the same lists; the
 * real packages of other projects each get clear messages for their defects and import nothing
 * partly.
 */
@IntegrationTest
class OneRosterIT {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/oneroster");

    @Autowired
    OneRosterFiles oneRoster;

    @Autowired
    ListFiles lists;

    @Autowired
    ExchangeFixtures fixtures;

    @Autowired
    PeopleDirectory people;

    @Autowired
    CollegeStructure structure;

    static Path zip(Path dir) throws IOException {
        Path zip = Files.createTempFile("oneroster-", ".zip");
        zip.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry(dir.getFileName() + "/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }

    Path export(long college) throws IOException {
        Path zip = Files.createTempFile("export-", ".zip");
        zip.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(zip)) {
            oneRoster.export(college, out);
        }
        return zip;
    }

    List<String> listWithoutExternalIds(long college, ImportList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lists.export(college, list, FileFormat.XLSX, Locale.forLanguageTag("ru"), out);
        List<List<String>> rows = Sheets.readXlsx(out.toByteArray());
        List<Integer> external = new ArrayList<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            if (rows.get(0).get(i).startsWith("Внешний код")) {
                external.add(i);
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                if (!external.contains(i)) {
                    kept.add(row.get(i));
                }
            }
            lines.add(String.join("|", kept).replaceAll("\\|+$", ""));
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    @Test
    void a_college_like_the_demo_exported_to_oneroster_and_imported_into_an_empty_college_gives_the_same_lists()
            throws IOException {
        long demo = fixtures.generatedCollege();
        long copy = fixtures.emptyCollegeWithCalendarOf(demo, null);
        Path zip = export(demo);

        ImportReport report = fixtures.applyOneRoster(copy, zip);

        assertThat(fixtures.describe(report).stream().filter(m -> !m.contains("предупрежд")))
                .isEmpty();
        assertThat(report.applied()).isTrue();
        for (ImportList list : ImportList.values()) {
            if (list == ImportList.TIMETABLE) {
                continue; // OneRoster carries no timetable
            }
            List<String> expected = listWithoutExternalIds(demo, list);
            List<String> actual = listWithoutExternalIds(copy, list);
            if (list == ImportList.SUBJECTS) {
                expected = withoutCurricula(expected);
                actual = withoutCurricula(actual);
            }
            assertThat(actual).as(list.slug()).isEqualTo(expected);
        }
        ImportReport again = fixtures.applyOneRoster(copy, export(copy));
        assertThat(again.changesSomething())
                .as("importing its own export again: " + again.counts())
                .isFalse();
        ImportReport same = fixtures.applyOneRoster(copy, zip);
        assertThat(same.changesSomething())
                .as("importing the same package again: " + same.counts())
                .isFalse();
    }

    /** OneRoster has no planned hours per semester: the curricula travel in the subjects list only. */
    static List<String> withoutCurricula(List<String> subjects) {
        return subjects.stream()
                .map(l -> String.join(
                                "|",
                                java.util.Arrays.asList(l.split("\\|", -1))
                                        .subList(0, Math.min(5, l.split("\\|", -1).length)))
                        .replaceAll("\\|+$", ""))
                .distinct()
                .sorted()
                .toList();
    }

    @Test
    void a_student_enrolled_in_two_homerooms_is_an_error_and_nothing_is_imported() throws IOException {
        Path source = export(fixtures.generatedCollege());
        Path dir = Files.createTempDirectory("two-groups-");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(source.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                Files.write(dir.resolve(e.getName()), zip.getInputStream(e).readAllBytes());
            }
        }
        List<String> classes = Files.readAllLines(dir.resolve("classes.csv"));
        List<String> homerooms = classes.stream()
                .filter(l -> l.contains(",homeroom,"))
                .map(l -> l.split(",")[0])
                .toList();
        String[] enrolled = Files.readAllLines(dir.resolve("enrollments.csv")).stream()
                .map(l -> l.split(","))
                .filter(f -> f.length > 6 && f[6].equals("student") && homerooms.contains(f[3]))
                .findFirst()
                .orElseThrow();
        String other = homerooms.stream()
                .filter(h -> !h.equals(enrolled[3]))
                .findFirst()
                .orElseThrow();
        Files.writeString(
                dir.resolve("enrollments.csv"),
                "enr-extra,active,," + other + ",x," + enrolled[5] + ",student,false,,\r\n",
                java.nio.file.StandardOpenOption.APPEND);
        long copy = fixtures.emptyCollege();

        ImportReport report = fixtures.applyOneRoster(copy, zip(dir));

        assertThat(keys(report))
                .anyMatch(k -> k.startsWith("users.csv:") && k.endsWith("exchange.oneroster.twoGroups"));
        assertThat(report.applied()).isFalse();
        assertThat(people.studentCount(copy)).isZero();
    }

    ImportReport importSample(String path) throws IOException {
        long college = fixtures.emptyCollege();
        ImportReport report = fixtures.applyOneRoster(college, zip(FIXTURES.resolve(path)));
        assertThat(report.applied())
                .as(path + " has defects, so nothing is imported")
                .isFalse();
        assertThat(people.studentCount(college) + people.staffCount(college)).isZero();
        assertThat(structure.groupCount(college)).isZero();
        return report;
    }

    static List<String> keys(ImportReport report) {
        return report.problems().stream()
                .map(p -> p.file() + ":" + p.row() + ":" + p.messageKey())
                .toList();
    }

    @Test
    void catalyst_full_set_reports_its_teacher_enrolled_as_student_orphans_statuses_and_dates() throws IOException {
        ImportReport report = importSample("catalyst-moodle/Test_full_data_set");

        assertThat(keys(report))
                .contains(
                        "enrollments.csv:3:exchange.oneroster.notAStudent",
                        "classes.csv:2:exchange.oneroster.orphanCourse",
                        "orgs.csv:2:exchange.oneroster.orphanOrg",
                        "academicSessions.csv:3:exchange.oneroster.orphanSession",
                        "academicSessions.csv:2:exchange.oneroster.toBeDeleted",
                        "academicSessions.csv:4:exchange.oneroster.status",
                        "academicSessions.csv:4:exchange.oneroster.modifiedForm",
                        "enrollments.csv:5:exchange.oneroster.deletedRef",
                        "users.csv:3:exchange.oneroster.noHomeroom");
        assertThat(fixtures.describe(report)).anyMatch(m -> m.contains("преподавателя нельзя зачислить студентом"));
    }

    @Test
    void catalyst_minimal_set_with_empty_optional_columns_is_read_without_a_crash() throws IOException {
        ImportReport report = importSample("catalyst-moodle/Test_minimal_data_set");

        assertThat(keys(report))
                .contains(
                        "enrollments.csv:3:exchange.oneroster.notAStudent",
                        "classes.csv:2:exchange.oneroster.orphanCourse");
    }

    @Test
    void catalyst_1_2_set_has_its_headers_recognised_and_its_typos_and_dates_reported() throws IOException {
        ImportReport report = importSample("catalyst-moodle/v1p2_full_dataset");

        assertThat(keys(report))
                .contains(
                        "roles.csv:1:exchange.oneroster.alias",
                        "roles.csv:1:exchange.oneroster.emptyHeader",
                        "users.csv:1:exchange.oneroster.alias",
                        "users.csv:2:exchange.oneroster.modifiedForm",
                        "enrollments.csv:3:exchange.oneroster.notAStudent");
        assertThat(keys(report))
                .as("roles come from roles.csv in 1.2")
                .noneMatch(k -> k.endsWith("exchange.oneroster.noRole"));
    }

    @Test
    void catalyst_1_2_delta_set_reads_roles_and_reports_what_the_journal_cannot_take() throws IOException {
        ImportReport report = importSample("catalyst-moodle/oneroster_test_data");

        assertThat(keys(report))
                .contains("users.csv:2:exchange.oneroster.noHomeroom", "classes.csv:2:exchange.oneroster.noTeacher");
        assertThat(keys(report)).noneMatch(k -> k.endsWith("noRole"));
    }

    @Test
    void catalyst_test01_reports_its_orphan_enrollment_and_day_month_year_dates() throws IOException {
        ImportReport report = importSample("catalyst-moodle/test01");

        assertThat(keys(report))
                .contains(
                        "enrollments.csv:2:exchange.oneroster.orphanClass",
                        "academicSessions.csv:2:exchange.oneroster.dateForm",
                        "orgs.csv:2:exchange.oneroster.orphanOrg");
        assertThat(fixtures.describe(report)).anyMatch(m -> m.contains("«1/09/2022»") && m.contains("2022-09-01"));
    }

    @Test
    void oat_sa_1_1_sample_has_its_old_headers_understood_and_its_missing_courses_reported() throws IOException {
        ImportReport report = importSample("oat-sa/v1.1");

        assertThat(keys(report))
                .contains(
                        "users.csv:1:exchange.oneroster.alias",
                        "classes.csv:1:exchange.oneroster.alias",
                        "classes.csv:2:exchange.oneroster.noCourse",
                        "orgs.csv:2:exchange.oneroster.modifiedForm",
                        "users.csv:2:exchange.oneroster.noHomeroom");
    }

    @Test
    void oat_sa_1_0_sample_without_a_manifest_is_read_as_1_1_and_says_so() throws IOException {
        ImportReport report = importSample("oat-sa/v1.0");

        assertThat(keys(report))
                .contains("manifest.csv:0:exchange.oneroster.noManifest", "classes.csv:1:exchange.oneroster.alias");
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_with_a_message() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        fixtures.applyOneRoster(fixtures.emptyCollege(), Sheets.file("sourcedId,name\n".getBytes())))
                .isInstanceOfSatisfying(
                        FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.oneroster.notZip"));
    }
}
