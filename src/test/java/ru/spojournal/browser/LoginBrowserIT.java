package ru.spojournal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.people.PeopleFixtures;
import ru.spojournal.platform.security.Role;
import ru.spojournal.support.BrowserTest;
import ru.spojournal.support.Colleges;

/**
 * Each demo account signs in through the real page and sees its own home (the logins the README
 * promises); the rest of the login's behaviour in a college of the test's own, lockout included.
 */
class LoginBrowserIT extends BrowserTest {

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures people;

    @ParameterizedTest(name = "{0} sees «{1}»")
    @CsvSource({
        "admin, Администрирование",
        "deputy, Контроль журналов",
        "head, Моё отделение",
        "teacher, Мои журналы",
        "curator, Мои журналы",
        "student, Оценки",
        "parent, Оценки"
    })
    void each_demo_account_sees_its_own_home_page(String login, String heading) {
        signIn(login, "demo");
        if (login.equals("student") || login.equals("parent")) {
            assertThat(page.locator(".student-name")).not().isEmpty();
            assertThat(page.getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Page.GetByRoleOptions()
                                    .setName(heading)
                                    .setExact(true)))
                    .isVisible();
        } else {
            assertThat(page.getByRole(
                            AriaRole.HEADING,
                            new com.microsoft.playwright.Page.GetByRoleOptions()
                                    .setName(heading)
                                    .setLevel(1)))
                    .isVisible();
        }
        assertThat(page.locator("#current-user")).not().isEmpty();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Выйти"))
                .click();
        assertThat(page.getByText("Вы вышли из системы.")).isVisible();
    }

    @Test
    void a_student_who_opens_an_admin_page_gets_the_russian_refusal_page() {
        signIn(colleges.create(1).students().get(0));
        com.microsoft.playwright.Response response = page.navigate(url("/admin"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Доступ запрещён")))
                .isVisible();
    }

    @Test
    void a_wrong_password_shows_the_russian_message() {
        signIn(colleges.create(1).teacher().login(), "not-the-password");
        assertThat(page.locator("#login-error")).hasText("Неверный логин или пароль.");
    }

    @Test
    void R16_the_sixth_attempt_after_five_wrong_passwords_is_locked_out() {
        String login = people.account(colleges.create(1), "Pravilnyi1", false, Role.TEACHER);
        for (int i = 1; i <= 4; i++) {
            signIn(login, "wrong" + i);
            assertThat(page.locator("#login-error")).isVisible();
        }
        signIn(login, "wrong5");
        assertThat(page.locator("#login-locked")).isVisible();
        signIn(login, "Pravilnyi1");
        assertThat(page.locator("#login-locked")).containsText("Вход временно заблокирован");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?locked"));
    }

    @Test
    void the_administrators_menu_stays_on_one_line_at_1366_px_and_its_drop_downs_lead_to_the_pages() {
        page.setViewportSize(1366, 768);
        signIn(colleges.create(1).admin());
        com.microsoft.playwright.Locator bar = page.locator("nav.navbar");
        org.assertj.core.api.Assertions.assertThat(bar.boundingBox().height)
                .as("navbar height")
                .isLessThan(70);
        Object overflow = page.evaluate(
                "() => { const n = document.querySelector('#nav');" + " return n.scrollWidth - n.clientWidth; }");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .isLessThanOrEqualTo(0);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Люди"))
                .click();
        page.locator("#nav")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Студенты")
                                .setExact(true))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/students"));
    }
}
