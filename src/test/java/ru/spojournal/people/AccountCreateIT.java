package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14, R15: the administrator creates staff accounts with one-time passwords. */
@IntegrationTest
class AccountCreateIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleDirectory people;

    @Autowired
    Colleges colleges;

    College college;
    MockHttpSession admin;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    @Test
    void R14_creates_a_staff_account_whose_one_time_password_works_once_and_must_be_changed() throws Exception {
        MvcResult result = mvc.perform(post("/admin/accounts/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Щербакова")
                        .param("firstName", "Юлия")
                        .param("middleName", "Андреевна")
                        .param("sex", "F")
                        .param("position", "Преподаватель")
                        .param("roles", "TEACHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("shcherbakova.ia")))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        String password = html.replaceAll("(?s).*id=\"issued-password\">([^<]+)<.*", "$1");
        // Another test's college may already hold a Щербакова Ю. А.: then the login gets a number.
        String login = html.replaceAll("(?s).*id=\"issued-login\">([^<]+)<.*", "$1");
        org.assertj.core.api.Assertions.assertThat(login).matches("shcherbakova\\.ia\\d*");
        MockHttpSession session = Logins.session(mvc, login, password);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/teacher")
                        .session(session))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/account/password"));
    }

    @Test
    void a_duplicate_login_is_refused_and_neither_person_nor_account_is_saved() throws Exception {
        long staffBefore = people.staffCount(institution);
        long accountsBefore = people.accountCount(institution);
        mvc.perform(post("/admin/accounts/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Петров")
                        .param("firstName", "Пётр")
                        .param("sex", "M")
                        .param("position", "Преподаватель")
                        .param("login", college.teacher().login())
                        .param("roles", "TEACHER"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Логин «" + college.teacher().login() + "» уже занят.")));
        assertThat(people.staffCount(institution)).isEqualTo(staffBefore);
        assertThat(people.accountCount(institution)).isEqualTo(accountsBefore);
    }

    @Test
    void an_overlong_login_and_empty_fields_are_named() throws Exception {
        long accountsBefore = people.accountCount(institution);
        mvc.perform(post("/admin/accounts/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "")
                        .param("firstName", "Пётр")
                        .param("position", "Преподаватель")
                        .param("login", "p".repeat(65)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Фамилия» не заполнено.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Логин» слишком длинное")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Укажите пол.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Выберите хотя бы одну роль.")));
        assertThat(people.accountCount(institution)).isEqualTo(accountsBefore);
    }

    @Test
    void a_login_with_cyrillic_letters_is_refused() throws Exception {
        mvc.perform(post("/admin/accounts/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Петров")
                        .param("firstName", "Пётр")
                        .param("sex", "M")
                        .param("position", "Преподаватель")
                        .param("login", "петров")
                        .param("roles", "TEACHER"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("только латинские буквы")));
    }
}
