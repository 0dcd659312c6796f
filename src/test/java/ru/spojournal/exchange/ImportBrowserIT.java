package ru.spojournal.exchange;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ru.spojournal.exchange.ExchangeFixtures.row;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.exchange.domain.ImportList;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.support.BrowserTest;

/**
 * The administrator's import in a real browser: a file with errors is checked, every error is
 * listed with its row and column and nothing is imported; the fixed file is applied.
 */
class ImportBrowserIT extends BrowserTest {

    static final List<String> HEADER = row(
            "Фамилия",
            "Имя",
            "Отчество",
            "Пол",
            "Группа",
            "Родитель 1: ФИО",
            "Родитель 1: степень родства",
            "Родитель 1: телефон");

    @Autowired
    ExchangeFixtures fixtures;

    @Autowired
    PeopleDirectory people;

    @Test
    void an_admin_uploads_a_file_with_errors_sees_them_listed_fixes_the_file_and_applies_it() {
        long college = fixtures.emptyCollege();
        fixtures.apply(
                college,
                ImportList.GROUPS,
                Sheets.xlsx(List.of(
                        row("Группа", "Код специальности", "Специальность", "Отделение", "Курс", "Год набора"),
                        row(
                                "ОМД-26-1",
                                "22.02.05",
                                "Обработка металлов давлением",
                                "Металлургическое отделение",
                                "1",
                                "2026"))));
        Path bad = Sheets.file(Sheets.xlsx(List.of(
                HEADER,
                row("Кузнецов", "Артём", "Игоревич", "М", "ОМД-26-1", "Кузнецова Елена Викторовна", "мать", "+7 913 1"),
                row("Смирнов", "Олег", "", "Х", "ОМД-26-1", "", "", ""),
                row("Петров", "Пётр", "", "М", "ОМД-99-9", "", "", ""))));
        Path fixed = Sheets.file(Sheets.xlsx(List.of(
                HEADER,
                row("Кузнецов", "Артём", "Игоревич", "М", "ОМД-26-1", "Кузнецова Елена Викторовна", "мать", "+7 913 1"),
                row("Смирнов", "Олег", "", "М", "ОМД-26-1", "", "", ""),
                row("Петров", "Пётр", "", "М", "ОМД-26-1", "", "", ""))));
        signIn(fixtures.adminOf(college), ExchangeFixtures.PASSWORD);

        upload(bad);
        assertThat(page.locator("#job-errors")).containsText("Найдено ошибок: 2");
        assertThat(page.locator("#problems")).containsText("Пол «Х» не распознан");
        assertThat(page.locator("#problems tbody tr").nth(1)).containsText("ОМД-99-9");
        assertThat(page.locator("#problems tbody tr").nth(1).locator("td").nth(1))
                .hasText("4");
        assertThat(page.locator("#problems tbody tr").nth(1).locator("td").nth(2))
                .hasText("Группа");
        assertThat(page.locator("#apply")).hasCount(0);
        assertThat(page.locator("#job-counts")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(people.studentCount(college)).isZero();

        upload(fixed);
        assertThat(page.locator("#job-ready")).isVisible();
        page.locator("#apply").click();
        assertThat(page.locator("#job-applied")).isVisible();
        assertThat(page.locator("#job-counts")).containsText("3");
        org.assertj.core.api.Assertions.assertThat(people.studentCount(college)).isEqualTo(3);
    }

    private void upload(Path file) {
        page.navigate(url("/admin/exchange"));
        page.locator("#source").selectOption("students");
        page.locator("#file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Проверить файл"))
                .click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/admin/exchange/jobs/.*"));
    }
}
