package ru.spojournal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.journal.JournalFixtures;
import ru.spojournal.support.BrowserTest;

/**
 * The teacher's day in a real browser (R3): a lesson with topic and homework, then marks and an
 * absence typed with the keyboard alone, still there after a reload; another teacher is refused.
 */
class JournalBrowserIT extends BrowserTest {

    @Autowired
    JournalFixtures fixtures;

    @Test
    void R3_a_teacher_fills_a_lesson_from_the_keyboard_and_another_teacher_is_refused() {
        JournalFixtures.Journal journal = fixtures.journal("МЧМ-25-1");
        signIn(journal.teacher().login(), JournalFixtures.PASSWORD);
        page.navigate(url("/teacher"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("МЧМ-25-1")))
                .first().focus();
        page.keyboard().press("Enter");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Новое занятие")).focus();
        page.keyboard().press("Enter");
        page.getByLabel("Пара").selectOption("2");
        page.getByLabel("Тема занятия").focus();
        page.keyboard().type("Классификация сталей по составу");
        page.getByLabel("Задание", new Page.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().type("Выучить маркировку сталей");
        page.keyboard().press("Enter");

        assertThat(page.locator("#lessons")).containsText("Классификация сталей по составу");
        assertThat(page.locator("#lessons")).containsText("Выучить маркировку сталей");
        assertThat(page.locator("#journal-grid[data-ready=true] td.cell.active")).isFocused();

        page.keyboard().type("5");
        page.keyboard().type("4");
        page.keyboard().press("ArrowRight");
        // The key of «н» on any layout: with an English layout it reads "y", which the grid understands.
        page.keyboard().press("KeyY");
        assertThat(page.locator("#grid-status")).hasText("Все изменения сохранены.");

        page.reload();
        Locator rows = page.locator("#journal-grid tbody tr");
        assertThat(rows.nth(0).locator("td.cell").first()).hasText("5");
        assertThat(rows.nth(1).locator("td.cell").first()).hasText("4");
        assertThat(rows.nth(2).locator("td.cell.att").first()).hasText("н");
        assertThat(rows.nth(2).locator("td.missed")).hasText("2");
        assertThat(rows.nth(0).locator("td.avg")).hasText("5.00");

        page.context().clearCookies();
        JournalFixtures.Teacher other = fixtures.teacher();
        signIn(other.login(), JournalFixtures.PASSWORD);
        com.microsoft.playwright.Response refused = page.navigate(url("/journal/" + journal.id()));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Доступ запрещён")))
                .isVisible();
    }

    @Test
    void a_supervisor_sees_the_journal_read_only_and_typing_changes_nothing() {
        JournalFixtures.Journal journal = fixtures.journal("ОМД-26-1");
        signIn("deputy", "demo");
        page.navigate(url("/journal/" + journal.id()));
        assertThat(page.locator("#read-only")).isVisible();
        assertThat(page.locator("#new-lesson")).hasCount(0);
        assertThat(page.locator("#palette")).hasCount(0);
    }
}
