package ru.spojournal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.journal.JournalTestColleges;
import ru.spojournal.portal.PortalFixtures;
import ru.spojournal.support.BrowserTest;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;

/**
 * The teacher's day in a real browser (R3): a lesson with topic and homework, then marks and an
 * absence typed with the keyboard alone, still there after a reload; another teacher is refused.
 */
class JournalBrowserIT extends BrowserTest {

    @Autowired
    Colleges colleges;

    @Autowired
    JournalTestColleges journals;

    @Autowired
    PortalFixtures portal;

    /** A college whose journal has four students, and the first of them as the grid lists them. */
    private College college() {
        return colleges.create(4);
    }

    private static Member firstInTheGrid(College college) {
        return college.students().stream()
                .min(java.util.Comparator.comparing(Member::name))
                .orElseThrow();
    }

    @Test
    void R3_a_teacher_fills_a_lesson_from_the_keyboard_and_another_teacher_is_refused() {
        College college = college();
        long journal = college.journalId();
        signIn(college.teacher());
        page.navigate(url("/teacher"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(portal.groupName(college))))
                .first()
                .focus();
        page.keyboard().press("Enter");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Новое занятие"))
                .focus();
        page.keyboard().press("Enter");
        page.getByLabel("Пара").selectOption("2");
        page.getByLabel("Тема занятия").focus();
        page.keyboard().type("Классификация сталей по составу");
        page.getByLabel("Задание", new Page.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().type("Выучить маркировку сталей");
        page.keyboard().press("Enter");

        assertThat(page.locator("#lessons")).containsText("Классификация сталей по составу");
        assertThat(page.locator("#lessons")).containsText("Выучить маркировку сталей");
        assertThat(page.locator("#journal-grid[data-ready=true] td.cell.active"))
                .isFocused();

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
        signIn(journals.teacher(college));
        com.microsoft.playwright.Response refused = page.navigate(url("/journal/" + journal));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Доступ запрещён")))
                .isVisible();
    }

    @Test
    void a_supervisor_sees_the_journal_read_only_and_typing_changes_nothing() {
        College college = college();
        signIn(college.deputy());
        page.navigate(url("/journal/" + college.journalId()));
        assertThat(page.locator("#read-only")).isVisible();
        assertThat(page.locator("#new-lesson")).hasCount(0);
        assertThat(page.locator("#palette")).hasCount(0);
    }

    private static final String ACTIVE_LESSON =
            "() => { const t = document.querySelector('#journal-grid td.cell.active');"
                    + " const i = Array.from(t.parentElement.querySelectorAll('td.cell')).indexOf(t);"
                    + " return document.querySelectorAll('#journal-grid thead tr.column-heads th')[i].dataset.lesson; }";

    private void recordLesson(long journal, String period, String topic) {
        page.navigate(url("/journal/" + journal + "/lessons/new"));
        page.getByLabel("Пара").selectOption(period);
        page.getByLabel("Тема занятия").fill(topic);
        page.getByLabel("Тема занятия").press("Enter");
        assertThat(page.locator("#journal-grid[data-ready=true]")).isVisible();
    }

    private String lessonId(String topic) {
        return page.locator("#lessons tr")
                .filter(new Locator.FilterOptions().setHasText(topic))
                .getAttribute("id")
                .substring("lesson-".length());
    }

    @Test
    void with_two_lessons_on_one_day_the_cursor_starts_on_the_lesson_just_recorded_or_edited() {
        College college = college();
        long journal = college.journalId();
        signIn(college.teacher());
        recordLesson(journal, "1", "Чугуны: классификация");
        String first = lessonId("Чугуны: классификация");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(ACTIVE_LESSON)).isEqualTo(first);

        recordLesson(journal, "2", "Легированные стали");
        String second = lessonId("Легированные стали");
        assertThat(page.locator("#journal-grid td.cell.active")).isFocused();
        org.assertj.core.api.Assertions.assertThat(page.evaluate(ACTIVE_LESSON)).isEqualTo(second);

        // Opened again later the same day: the latest of today's lessons.
        page.navigate(url("/journal/" + journal));
        assertThat(page.locator("#journal-grid[data-ready=true]")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate(ACTIVE_LESSON)).isEqualTo(second);

        // The first lesson edited: the grid opens on it, and typing fills it.
        page.locator("#lesson-" + first)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Изменить"))
                .click();
        page.getByLabel("Тема занятия").fill("Чугуны: классификация и маркировка");
        page.getByLabel("Тема занятия").press("Enter");
        assertThat(page.locator("#journal-grid[data-ready=true] td.cell.active"))
                .isFocused();
        org.assertj.core.api.Assertions.assertThat(page.evaluate(ACTIVE_LESSON)).isEqualTo(first);
        page.keyboard().press("Digit5");
        assertThat(page.locator("#grid-status")).hasText("Все изменения сохранены.");
        page.reload();
        assertThat(page.locator("#journal-grid tbody tr")
                        .first()
                        .locator("td.cell")
                        .first())
                .hasText("5");
    }

    @Test
    void an_absence_gets_its_reason_from_the_keyboard_and_the_palette_and_shows_its_mark() {
        College college = college();
        long journal = college.journalId();
        signIn(college.teacher());
        recordLesson(journal, "2", "Свойства металлов");
        page.keyboard().press("ArrowRight");
        // «б» is the comma key on an English layout; «1» on an absence keeps its reason.
        page.keyboard().press("Comma");
        page.keyboard().press("Digit1");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("KeyE");
        page.keyboard().press("KeyY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("р").setExact(true))
                .click();
        assertThat(page.locator("#grid-status")).hasText("Все изменения сохранены.");

        Locator rows = page.locator("#journal-grid tbody tr");
        assertThat(rows.nth(0).locator("td.cell.att")).hasText("б");
        assertThat(rows.nth(1).locator("td.cell.att")).hasText("у1");
        page.reload();
        assertThat(rows.nth(0).locator("td.cell.att")).hasText("б");
        assertThat(rows.nth(0).locator("td.cell.att")).hasClass(java.util.regex.Pattern.compile("excused"));
        assertThat(rows.nth(1).locator("td.cell.att")).hasText("у1");
        assertThat(rows.nth(2).locator("td.cell.att")).hasText("н");
        assertThat(rows.nth(3).locator("td.cell.att")).hasText("р");
        assertThat(rows.nth(1).locator("td.missed")).hasText("1");
        assertThat(rows.nth(3).locator("td.missed")).hasText("2");
    }

    @Test
    void a_cell_refused_with_a_conflict_stays_marked_and_counted_until_it_lands() {
        College college = college();
        long journal = college.journalId();
        signIn(college.teacher());
        recordLesson(journal, "2", "Алгоритмы сортировки");
        String column =
                page.locator("#journal-grid thead tr.column-heads th").first().getAttribute("data-column");
        String csrf = page.locator("meta[name=_csrf]").getAttribute("content");
        String header = page.locator("meta[name=_csrf_header]").getAttribute("content");
        // Someone else sets the first student's mark behind the grid's back.
        com.microsoft.playwright.APIResponse meanwhile = page.request()
                .put(
                        url("/api/v1/journals/" + journal + "/marks"),
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setHeader(header, csrf)
                                .setHeader("Content-Type", "application/json")
                                .setData("{\"columnId\":" + column + ",\"studentId\":"
                                        + firstInTheGrid(college).id() + ",\"value\":\"3\"}"));
        org.assertj.core.api.Assertions.assertThat(meanwhile.status()).isEqualTo(200);

        Locator first =
                page.locator("#journal-grid tbody tr").nth(0).locator("td.cell").first();
        page.keyboard().press("Digit5");
        page.keyboard().press("Digit4");
        assertThat(first).hasClass(java.util.regex.Pattern.compile("conflict"));
        assertThat(first).hasText("3");
        Locator status = page.locator("#grid-status");
        assertThat(status).containsText("Не сохранено ячеек: 1");
        assertThat(status).hasAttribute("data-pending", "0");
        assertThat(status).containsText("Не сохранено ячеек: 1");

        page.keyboard().press("ArrowUp");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Digit5");
        assertThat(status).hasText("Все изменения сохранены.");
        assertThat(first).hasClass(java.util.regex.Pattern.compile("saved"));
        page.reload();
        assertThat(first).hasText("5");
        assertThat(page.locator("#journal-grid tbody tr")
                        .nth(1)
                        .locator("td.cell")
                        .first())
                .hasText("4");
    }
}
