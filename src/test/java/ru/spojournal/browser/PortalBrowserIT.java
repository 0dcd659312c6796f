package ru.spojournal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.journal.domain.JournalAccess;
import ru.spojournal.journal.domain.JournalCommands.ColumnSpec;
import ru.spojournal.journal.domain.JournalCommands.PostAttendance;
import ru.spojournal.journal.domain.JournalCommands.PostMark;
import ru.spojournal.journal.domain.JournalCommands.SaveLesson;
import ru.spojournal.journal.domain.JournalContext;
import ru.spojournal.journal.domain.JournalGrid;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.journal.domain.LessonDetails;
import ru.spojournal.journal.domain.LessonService;
import ru.spojournal.journal.domain.RecordService;
import ru.spojournal.people.AccountUsers;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentView;
import ru.spojournal.portal.PortalFixtures;
import ru.spojournal.support.BrowserTest;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;

/**
 * A parent on a 360 px phone (R10, R19, R25): switches between children, sees a new mark, sends a
 * notice of absence that the curator then confirms; the pages pass the basic accessibility checks.
 */
class PortalBrowserIT extends BrowserTest {

    @Autowired
    Colleges colleges;

    @Autowired
    PortalFixtures portal;

    @Autowired
    AccountUsers users;

    @Autowired
    JournalAccess access;

    @Autowired
    LessonService lessons;

    @Autowired
    RecordService records;

    @Autowired
    JournalQueries queries;

    @Autowired
    PeopleDirectory people;

    private Page phone(BrowserContext[] holder, boolean bypassCsp) {
        BrowserContext c = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(360, 740)
                        .setDeviceScaleFactor(2)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setLocale("ru-RU")
                        .setBypassCSP(bypassCsp));
        holder[0] = c;
        Page p = c.newPage();
        p.setDefaultTimeout(15_000);
        return p;
    }

    private void signIn(Page p, String login, String password) {
        p.navigate(url("/login"));
        p.getByLabel("Логин").fill(login);
        p.getByLabel("Пароль").fill(password);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Войти"))
                .click();
    }

    @Test
    void R10_R19_a_parent_on_a_phone_switches_children_sees_a_new_mark_and_sends_a_notice_the_curator_confirms() {
        BrowserContext[] holder = new BrowserContext[1];
        Page p = phone(holder, false);
        College college = colleges.create(2);
        Member parent = college.parents().get(0);
        portal.sibling(college, parent);
        signIn(p, parent.login(), Colleges.PASSWORD);
        assertThat(p.locator("#child-switch a")).hasCount(2);
        String first = p.locator(".student-name").textContent();
        p.locator("#child-switch a").nth(1).click();
        assertThat(p.locator(".student-name")).not().hasText(first);
        p.locator("#child-switch a").nth(0).click();
        assertThat(p.locator(".student-name")).hasText(first);
        org.assertj.core.api.Assertions.assertThat((Integer) p.evaluate("document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 360 px")
                .isLessThanOrEqualTo(360);

        StudentView child = people.studentsOfGroups(List.of(college.groupId())).stream()
                .filter(s -> s.name().full().equals(first.strip()))
                .findFirst()
                .orElseThrow();
        JournalContext ctx = access.edit(users.of(college.teacher().accountId()).orElseThrow(), college.journalId());
        LocalDate today = college.today();
        long lessonId = lessons.create(
                ctx,
                new SaveLesson(
                        new LessonDetails(today, 5, 2, "Сплавы цветных металлов", null),
                        List.of(new ColumnSpec(null, null)),
                        null,
                        null,
                        null,
                        null));
        JournalGrid grid = queries.grid(ctx);
        long column = grid.lessons().get(0).columns().get(0).id();
        records.postMark(ctx, new PostMark(column, child.id(), "4", null, null));
        long pastLesson = lessons.create(
                ctx,
                new SaveLesson(
                        new LessonDetails(today.minusDays(1), 5, 2, "Сплавы меди", null),
                        List.of(),
                        null,
                        null,
                        "урок вчера",
                        null));
        records.postAttendance(
                ctx, new PostAttendance(pastLesson, child.id(), AttendanceKind.ABSENT, null, null, null, "урок вчера"));

        p.navigate(url("/parent/marks?child=" + child.id()));
        assertThat(p.locator(".subject-marks")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Инженерная графика")))
                .containsText("4");

        p.navigate(url("/parent/notices?child=" + child.id()));
        p.getByLabel("С какого дня").fill(today.minusDays(1).toString());
        p.getByLabel("По какой день").fill(today.minusDays(1).toString());
        p.getByLabel("Причина").selectOption("ILLNESS");
        p.getByLabel("Комментарий").fill("Была температура");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Отправить куратору"))
                .click();
        assertThat(p.locator("#notices")).containsText("на рассмотрении");

        BrowserContext[] curatorHolder = new BrowserContext[1];
        Page curator = phone(curatorHolder, false);
        signIn(curator, college.curator().login(), Colleges.PASSWORD);
        curator.navigate(url("/curator/notices"));
        curator.locator("#waiting .list-group-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(child.name().full()))
                .getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Подтвердить"))
                .first()
                .click();
        assertThat(curator.getByText("Уведомление подтверждено")).isVisible();
        curatorHolder[0].close();

        p.reload();
        assertThat(p.locator("#notices")).containsText("подтверждено");
        p.navigate(url("/parent/attendance?child=" + child.id()));
        assertThat(p.locator("#absences")).containsText("Болезнь (справка)");
        holder[0].close();
    }

    @Test
    void the_phone_pages_pass_basic_accessibility_checks() throws Exception {
        String axe =
                new String(getClass().getResourceAsStream("/axe/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        BrowserContext[] holder = new BrowserContext[1];
        Page p = phone(holder, true);
        signIn(p, colleges.create(1).parents().get(0).login(), Colleges.PASSWORD);
        for (String path : List.of(
                "/parent",
                "/parent/marks",
                "/parent/attendance",
                "/parent/schedule",
                "/parent/homework",
                "/parent/notices",
                "/notifications",
                "/account")) {
            p.navigate(url(path));
            p.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>)
                    p.evaluate(
                            "async () => (await axe.run(document, {runOnly: {type: 'rule', values: ['label', 'color-contrast',"
                                    + " 'heading-order', 'empty-heading', 'page-has-heading-one', 'button-name', 'link-name',"
                                    + " 'image-alt', 'html-has-lang', 'document-title', 'select-name', 'input-button-name']}}))"
                                    + ".violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))");
            org.assertj.core.api.Assertions.assertThat(violations).as(path).isEmpty();
        }
        p.navigate(url("/login"));
        holder[0].close();
    }

    @Test
    void the_app_is_installable_and_has_an_offline_page() {
        page.navigate(url("/manifest.webmanifest"));
        org.assertj.core.api.Assertions.assertThat(page.content())
                .contains("Электронный журнал")
                .contains("standalone");
        com.microsoft.playwright.Response offline = page.navigate(url("/offline.html"));
        org.assertj.core.api.Assertions.assertThat(offline.status()).isEqualTo(200);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Нет связи с журналом");
        Set<String> ok = Set.of("200");
        org.assertj.core.api.Assertions.assertThat(ok)
                .contains(String.valueOf(page.navigate(url("/sw.js")).status()));
    }
}
