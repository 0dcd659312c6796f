package ru.spojournal.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.spojournal.exchange.ExchangeFixtures.row;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.exchange.domain.FileRejected;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.exchange.domain.ImportReport;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.support.IntegrationTest;

/** Files that are not what they claim, too large, or that clash with the college: a clear message, nothing imported. */
@IntegrationTest
class BadFileIT {

    static final List<String> STAFF_HEADER =
            row("Фамилия", "Имя", "Отчество", "Пол", "Должность", "Отделение", "Логин");

    @Autowired
    ExchangeFixtures fixtures;

    @Autowired
    PeopleDirectory people;

    @Test
    void a_truncated_workbook_is_refused_as_damaged() {
        byte[] whole = Sheets.xlsx(List.of(STAFF_HEADER, row("Смирнова", "Ольга", "", "Ж", "Преподаватель", "", "")));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> fixtures.read(ImportList.STAFF, truncated))
                .isInstanceOfSatisfying(
                        FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.file.xlsxBroken"));
    }

    @Test
    void a_zip_that_is_not_a_workbook_is_refused_as_damaged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("не таблица".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> fixtures.read(ImportList.STAFF, out.toByteArray()))
                .isInstanceOfSatisfying(
                        FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.file.xlsxBroken"));
    }

    @Test
    void an_old_xls_workbook_is_refused_with_advice_to_save_as_xlsx() {
        byte[] xls = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0};
        assertThatThrownBy(() -> fixtures.read(ImportList.STAFF, xls))
                .isInstanceOfSatisfying(
                        FileRejected.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.file.xls"));
    }

    @Test
    void a_file_of_a_hundred_thousand_rows_is_refused_quickly_without_reading_it_all() {
        StringBuilder csv = new StringBuilder("Фамилия;Имя;Пол;Должность\r\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("Иванов;Иван").append(i).append(";М;Преподаватель\r\n");
        }
        long started = System.nanoTime();

        assertThatThrownBy(() -> fixtures.read(ImportList.STAFF, csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(FileRejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exchange.file.tooManyRows");
                    assertThat(e.arguments()).containsExactly(20_000);
                });
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(10_000);
    }

    @Test
    void a_login_already_held_by_another_person_is_an_error_of_the_row() {
        long college = fixtures.emptyCollege();
        ImportReport report = fixtures.apply(
                college,
                ImportList.STAFF,
                Sheets.xlsx(List.of(
                        STAFF_HEADER,
                        row("Смирнова", "Ольга", "Николаевна", "Ж", "Преподаватель", "Отделение ИТ", "smirnova.on"),
                        row("Петров", "Пётр", "", "М", "Преподаватель", "", "teacher"))));

        assertThat(fixtures.describe(report))
                .containsExactly("строка 3, «Логин»: Логин «teacher» уже занят другим"
                        + " человеком. Укажите другой логин или оставьте ячейку пустой.");
        assertThat(people.staffCount(college)).isZero();
    }

    @Test
    void two_rows_wishing_the_same_login_clash_too() {
        long college = fixtures.emptyCollege();
        ImportReport report = fixtures.check(
                college,
                ImportList.STAFF,
                Sheets.xlsx(List.of(
                        STAFF_HEADER,
                        row("Смирнова", "Ольга", "", "Ж", "Преподаватель", "", "olga"),
                        row("Смирнова", "Анна", "", "Ж", "Преподаватель", "", "olga"))));

        assertThat(fixtures.describe(report)).containsExactly("строка 3, «null»: Эта строка повторяет строку 2.");
    }

    @Test
    void a_free_login_is_kept_for_the_credentials_and_no_account_is_created() {
        long college = fixtures.emptyCollege();
        long accounts = people.accountCount(college);

        ImportReport report = fixtures.apply(
                college,
                ImportList.STAFF,
                Sheets.xlsx(List.of(
                        STAFF_HEADER,
                        row(
                                "Смирнова",
                                "Ольга",
                                "Николаевна",
                                "Ж",
                                "Преподаватель",
                                "Отделение ИТ",
                                "smirnova.olga"))));

        assertThat(report.applied()).isTrue();
        assertThat(people.accountCount(college)).isEqualTo(accounts);
        assertThat(people.staffRows(college))
                .singleElement()
                .satisfies(s -> assertThat(s.person().preferredLogin()).isEqualTo("smirnova.olga"));
    }
}
