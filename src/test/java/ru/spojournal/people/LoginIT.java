package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.platform.security.Role;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** Login by role, lockout and throttling (R16), and the login history. */
@IntegrationTest
class LoginIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "admin, /admin",
        "deputy, /deputy",
        "head, /head",
        "teacher, /teacher",
        "curator, /teacher",
        "student, /student",
        "parent, /parent"
    })
    void each_account_lands_on_the_home_of_its_role(String member, String home) throws Exception {
        College college = colleges.create(1);
        MockHttpSession session = Logins.session(mvc, college.member(member));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl(home));
        mvc.perform(get(home).session(session)).andExpect(status().isOk());
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_that_does_not_say_whether_the_login_exists() throws Exception {
        String teacher = colleges.create(1).teacher().login();
        assertThat(Logins.attempt(mvc, teacher, "wrong").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(Logins.attempt(mvc, "nobody.here", "wrong").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Неверный логин или пароль.")));
    }

    @Test
    void R16_five_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
        String login = fixtures.account(colleges.create(1), "Pravilnyi1", false, Role.TEACHER);
        for (int i = 1; i <= 4; i++) {
            assertThat(Logins.attempt(mvc, login, "wrong" + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(Logins.attempt(mvc, login, "wrong5").getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        assertThat(Logins.attempt(mvc, login, "Pravilnyi1").getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Вход временно заблокирован")));
    }

    @Test
    void R16_an_unknown_login_is_locked_the_same_way_so_locks_reveal_nothing() throws Exception {
        String ghost = "ghost." + System.nanoTime();
        for (int i = 1; i <= 4; i++) {
            assertThat(Logins.attempt(mvc, ghost, "x").getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        assertThat(Logins.attempt(mvc, ghost, "x").getResponse().getRedirectedUrl())
                .isEqualTo("/login?locked");
    }

    @Test
    void an_empty_login_field_is_named_in_the_message() throws Exception {
        assertThat(Logins.attempt(mvc, "", "demo").getResponse().getRedirectedUrl())
                .isEqualTo("/login?empty");
        mvc.perform(get("/login").param("empty", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Логин» не заполнено.")));
    }

    @Test
    void an_overlong_login_field_is_named_in_the_message() throws Exception {
        assertThat(Logins.attempt(mvc, "x".repeat(65), "demo").getResponse().getRedirectedUrl())
                .isEqualTo("/login?tooLong");
        mvc.perform(get("/login").param("tooLong", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Логин» слишком длинное")));
    }

    @Test
    void R16_every_attempt_is_in_the_owners_login_history() throws Exception {
        String login = fixtures.account(colleges.create(1), "Pravilnyi1", false, Role.TEACHER);
        Logins.attempt(mvc, login, "wrong");
        MockHttpSession session = Logins.session(mvc, login, "Pravilnyi1");
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("вход выполнен")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("неверный пароль")));
    }

    @Test
    void R16_an_account_with_a_one_time_password_can_do_nothing_before_changing_it() throws Exception {
        String login = fixtures.account(colleges.create(1), "Vremennyi1", true, Role.TEACHER);
        MockHttpSession session = Logins.session(mvc, login, "Vremennyi1");
        mvc.perform(get("/teacher").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/anything").session(session))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.title")
                        .value("Смените пароль"));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/password")
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("currentPassword", "Vremennyi1")
                                .param("newPassword", "short")
                                .param("repeatPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("слишком короткий")));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/password")
                                .session(session)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("currentPassword", "Vremennyi1")
                                .param("newPassword", "Svoi2026parol")
                                .param("repeatPassword", "Svoi2026parol"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/teacher").session(session)).andExpect(status().isOk());
        assertThat(Logins.attempt(mvc, login, "Svoi2026parol").getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }
}
