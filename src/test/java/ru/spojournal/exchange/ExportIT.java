package ru.spojournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.spojournal.exchange.ExchangeFixtures.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.exchange.domain.FileFormat;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ImportReport;
import ru.spojournal.exchange.domain.ListFiles;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.support.IntegrationTest;

/**
 * Exports read back: templates explain their columns; text that looks like a formula never
 * becomes one; and the lists of a college generated like the demo one, imported into an empty college,
 * export the same.
 */
@IntegrationTest
class ExportIT {

    @Autowired
    ListFiles files;

    @Autowired
    ExchangeFixtures fixtures;

    @Autowired
    AcademicCalendar calendar;

    byte[] export(long college, ImportList list, FileFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.export(college, list, format, Locale.forLanguageTag("ru"), out);
        return out.toByteArray();
    }

    @Test
    void each_template_has_the_header_an_example_row_and_a_sheet_explaining_every_column() throws Exception {
        for (ImportList list : ImportList.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            files.template(list, FileFormat.XLSX, Locale.forLanguageTag("ru"), out);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(book.getSheetAt(0).getPhysicalNumberOfRows())
                        .as(list.slug())
                        .isEqualTo(2);
                assertThat(book.getSheetName(1)).isEqualTo("Описание");
                assertThat(book.getSheetAt(1).getPhysicalNumberOfRows())
                        .isEqualTo(book.getSheetAt(0).getRow(0).getPhysicalNumberOfCells() + 1);
            }
            long college = fixtures.emptyCollege();
            ImportReport check = fixtures.check(college, list, out.toByteArray());
            assertThat(check.problems())
                    .as("the template's own header is recognised: " + list)
                    .noneMatch(p -> p.messageKey().startsWith("exchange.header"));
        }
    }

    @Test
    void a_cell_that_looks_like_a_formula_is_exported_as_text_in_xlsx_and_guarded_in_csv() throws Exception {
        long college = fixtures.emptyCollege();
        String attack = "=cmd|' /C calc'!A0";
        ImportReport imported = fixtures.apply(
                college,
                ImportList.STAFF,
                Sheets.xlsx(List.of(
                        row("Фамилия", "Имя", "Пол", "Должность", "Телефон"),
                        row("Хакеров", "Иван", "М", attack, "+7 900 123-45-67"))));
        assertThat(fixtures.describe(imported)).isEmpty();

        byte[] xlsx = export(college, ImportList.STAFF, FileFormat.XLSX);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell position = book.getSheetAt(0).getRow(1).getCell(6);
            assertThat(position.getCellType()).isEqualTo(CellType.STRING);
            assertThat(position.getStringCellValue()).isEqualTo(attack);
            assertThat(position.getCellStyle().getQuotePrefixed()).isTrue();
        }
        String csv = new String(export(college, ImportList.STAFF, FileFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=cmd").contains(";+7 900 123-45-67").doesNotContain(";=cmd");

        ImportReport again = fixtures.check(college, ImportList.STAFF, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.changesSomething())
                .as("the guard is removed on import: " + again.counts())
                .isFalse();
    }

    @Test
    void a_college_like_the_demo_exported_and_imported_into_an_empty_college_exports_the_same() {
        long demo = fixtures.generatedCollege();
        long copy = fixtures.emptyCollegeWithCalendarOf(demo, calendar);
        List<ImportList> lists = java.util.Arrays.stream(ImportList.values())
                .filter(l -> l != ImportList.TIMETABLE)
                .toList();
        for (ImportList list : List.of(
                ImportList.STAFF,
                ImportList.GROUPS,
                ImportList.SUBJECTS,
                ImportList.STUDENTS,
                ImportList.ASSIGNMENTS)) {
            FileFormat format = list == ImportList.STUDENTS ? FileFormat.CSV : FileFormat.XLSX;
            ImportReport report = fixtures.apply(copy, list, export(demo, list, format));
            assertThat(fixtures.describe(report)).as(list.slug()).isEmpty();
            assertThat(report.applied()).isTrue();
        }
        // the demo timetable holds slots other tests place outside the bells; TimetableImportIT round-trips one
        for (ImportList list : lists) {
            assertThat(sorted(Sheets.readXlsx(export(copy, list, FileFormat.XLSX))))
                    .as(list.slug())
                    .isEqualTo(sorted(Sheets.readXlsx(export(demo, list, FileFormat.XLSX))));
        }
        for (ImportList list : lists) {
            ImportReport again = fixtures.check(copy, list, export(demo, list, FileFormat.XLSX));
            assertThat(again.changesSomething())
                    .as("re-import of " + list.slug() + ": " + again.counts())
                    .isFalse();
        }
    }

    private static List<String> sorted(List<List<String>> rows) {
        List<String> lines = new ArrayList<>();
        rows.forEach(r -> lines.add(String.join("|", r).replaceAll("\\|+$", "")));
        lines.sort(Comparator.naturalOrder());
        return lines;
    }
}
