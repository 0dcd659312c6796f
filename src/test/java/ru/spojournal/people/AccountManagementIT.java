package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.spojournal.audit.domain.AuditEntryView;
import ru.spojournal.audit.domain.AuditKind;
import ru.spojournal.audit.domain.AuditLog;
import ru.spojournal.audit.domain.AuditQuery;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.web.PdfReaders;
import ru.spojournal.platform.security.Role;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14, R16: the administrator finds and manages accounts; every action is in the audit log. */
@IntegrationTest
class AccountManagementIT {

    static final String PASSWORD = "Parol2026x";

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @Autowired
    PeopleAdmin people;

    @Autowired
    AccountAdmin accounts;

    @Autowired
    AuditLog audit;

    College college;
    MockHttpSession admin;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    /** A teacher with a person and an account of their own. */
    private Account teacher(String surname) {
        long staffId = people.createStaff(
                institution,
                new NewPerson(new PersonName(surname, "Ирина", "Олеговна"), Sex.F, null, "old@example.ru", null),
                "Преподаватель",
                null);
        String login = PeopleFixtures.login("managed");
        long id = accounts.createAccountWithHash(
                institution,
                new NewAccount(login, people.personOfStaff(staffId), Set.of(Role.TEACHER)),
                accounts.hash(PASSWORD),
                false);
        return new Account(id, login);
    }

    record Account(long id, String login) {}

    @Test
    void R14_the_list_finds_accounts_by_a_cyrillic_surname_and_by_role_and_pages_the_rest() throws Exception {
        Account a = teacher("Списочная");
        // Three pages of accounts, however many the college started with.
        fixtures.accounts(college, 50);
        mvc.perform(get("/admin/accounts").param("q", "списочная").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(a.login())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Списочная Ирина Олеговна")));
        mvc.perform(get("/admin/accounts")
                        .param("q", a.login())
                        .param("role", "STUDENT")
                        .session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Найдено: 0")));
        mvc.perform(get("/admin/accounts")
                        .queryParam("sort", "name")
                        .queryParam("dir", "desc")
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Страница 1 из")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("sort=name&amp;dir=desc&amp;page=1")));
        mvc.perform(get("/admin/accounts")
                        .param("sort", "lastLogin")
                        .param("page", "2")
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Страница 3 из")));
    }

    @Test
    void R16_the_account_page_shows_the_login_history() throws Exception {
        Account a = teacher("Историева");
        Logins.attempt(mvc, a.login(), "wrong");
        Logins.session(mvc, a.login(), PASSWORD);
        mvc.perform(get("/admin/accounts/" + a.id()).session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("вход выполнен")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("неверный пароль")));
    }

    @Test
    void R14_the_profile_is_corrected_with_messages_naming_the_fields_and_the_change_is_audited() throws Exception {
        Account a = teacher("Профилева");
        mvc.perform(post("/admin/accounts/" + a.id() + "/profile")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "")
                        .param("firstName", "Ирина")
                        .param("email", "not-an-address")
                        .param("phone", "call me")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Фамилия» не заполнено.")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Поле «Электронная почта» заполнено неверно")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Телефон» может содержать")));
        mvc.perform(post("/admin/accounts/" + a.id() + "/profile")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Профилева-Новая")
                        .param("firstName", "Ирина")
                        .param("middleName", "Олеговна")
                        .param("email", "new@example.ru")
                        .param("phone", "+7 (3843) 12-34-56")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/accounts/" + a.id()));
        mvc.perform(get("/admin/accounts/" + a.id()).session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Профилева-Новая Ирина Олеговна")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("new@example.ru")));
        assertThat(entries(AuditKind.PROFILE_EDITED, a.login()))
                .anySatisfy(e -> assertThat(e.detail())
                        .contains(
                                "Профилева Ирина Олеговна → Профилева-Новая Ирина Олеговна",
                                "old@example.ru → new@example.ru"));
    }

    @Test
    void a_profile_edited_meanwhile_by_someone_else_is_not_overwritten() throws Exception {
        Account a = teacher("Версиева");
        mvc.perform(post("/admin/accounts/" + a.id() + "/profile")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Версиева")
                        .param("firstName", "Анна")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/accounts/" + a.id()));
        mvc.perform(post("/admin/accounts/" + a.id() + "/profile")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Устаревшая")
                        .param("firstName", "Ирина")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("изменил кто-то другой")));
        mvc.perform(get("/admin/accounts/" + a.id()).session(admin))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Устаревшая"))));
    }

    @Test
    void R14_a_login_is_changed_only_to_a_free_and_well_formed_one() throws Exception {
        Account a = teacher("Логинова");
        String taken = college.teacher().login();
        mvc.perform(post("/admin/accounts/" + a.id() + "/login")
                        .session(admin)
                        .with(csrf())
                        .param("login", taken.toUpperCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Логин «" + taken + "» уже занят.")));
        mvc.perform(post("/admin/accounts/" + a.id() + "/login")
                        .session(admin)
                        .with(csrf())
                        .param("login", "логинова"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("только латинские буквы")));
        String fresh = PeopleFixtures.login("renamed");
        mvc.perform(post("/admin/accounts/" + a.id() + "/login")
                        .session(admin)
                        .with(csrf())
                        .param("login", fresh))
                .andExpect(redirectedUrl("/admin/accounts/" + a.id()));
        assertThat(Logins.attempt(mvc, a.login(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(Logins.attempt(mvc, fresh, PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(entries(AuditKind.LOGIN_CHANGED, fresh))
                .anySatisfy(e -> assertThat(e.detail()).isEqualTo(a.login() + " → " + fresh));
    }

    @Test
    void R14_a_reset_password_is_shown_once_works_once_and_must_be_changed() throws Exception {
        Account a = teacher("Сбросова");
        MvcResult result = mvc.perform(post("/admin/accounts/" + a.id() + "/password")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        String password =
                result.getResponse().getContentAsString().replaceAll("(?s).*id=\"issued-password\">([^<]+)<.*", "$1");
        assertThat(Logins.attempt(mvc, a.login(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        MockHttpSession session = Logins.session(mvc, a.login(), password);
        mvc.perform(get("/teacher").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/accounts/" + a.id()).session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(password))));
        assertThat(entries(AuditKind.PASSWORD_RESET, a.login()))
                .hasSize(1)
                .allSatisfy(e -> assertThat(e.toString()).doesNotContain(password));
    }

    @Test
    void R14_a_reset_password_can_be_handed_over_on_a_one_slip_pdf() throws Exception {
        Account a = teacher("Бланкова");
        byte[] pdf = mvc.perform(post("/admin/accounts/" + a.id() + "/password-slip")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfReaders.text(pdf)).contains("Бланкова Ирина Олеговна", a.login(), "Сотрудник");
        assertThat(Logins.attempt(mvc, a.login(), PdfReaders.passwords(pdf).get(0))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void R14_a_blocked_account_cannot_sign_in_and_its_open_session_ends() throws Exception {
        Account a = teacher("Блокова");
        MockHttpSession open = Logins.session(mvc, a.login(), PASSWORD);
        mvc.perform(post("/admin/accounts/" + a.id() + "/block").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + a.id()));
        mvc.perform(get("/teacher").session(open)).andExpect(redirectedUrl("/login"));
        assertThat(Logins.attempt(mvc, a.login(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(Logins.attempt(mvc, a.login(), "wrong").getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");

        mvc.perform(post("/admin/accounts/" + a.id() + "/unblock")
                        .session(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + a.id()));
        assertThat(Logins.attempt(mvc, a.login(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(entries(AuditKind.ACCOUNT_BLOCKED, a.login())).hasSize(1);
        assertThat(entries(AuditKind.ACCOUNT_UNBLOCKED, a.login())).hasSize(1);
    }

    @Test
    void an_administrator_cannot_block_their_own_account() throws Exception {
        String login = fixtures.account(college, PASSWORD, false, Role.ADMIN);
        MockHttpSession session = Logins.session(mvc, login, PASSWORD);
        long id = Logins.user(mvc, session).accountId();
        mvc.perform(post("/admin/accounts/" + id + "/block").session(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        mvc.perform(get("/admin/accounts/" + id).session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Свою учётную запись заблокировать нельзя.")));
    }

    @Test
    void R14_an_account_of_another_college_does_not_exist_for_this_administrator() throws Exception {
        long other = colleges.create(1).institutionId();
        String login = PeopleFixtures.login("other.college");
        long id = accounts.createAccountWithHash(
                other, new NewAccount(login, null, Set.of(Role.TEACHER)), accounts.hash(PASSWORD), false);
        mvc.perform(get("/admin/accounts/" + id).session(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/accounts/" + id + "/block").session(admin).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/accounts/" + id + "/password").session(admin).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts").param("q", login).session(admin))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Найдено: 0")));
        assertThat(Logins.attempt(mvc, login, PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void R14_only_the_administrator_manages_accounts() throws Exception {
        Account a = teacher("Чужова");
        for (Member member : List.of(
                college.teacher(),
                college.curator(),
                college.deputy(),
                college.students().get(0),
                college.parents().get(0))) {
            MockHttpSession session = Logins.session(mvc, member);
            mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts/" + a.id()).session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/" + a.id() + "/password")
                            .session(session)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/" + a.id() + "/block")
                            .session(session)
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(Logins.attempt(mvc, a.login(), PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void R14_a_staff_account_created_by_the_administrator_is_in_the_audit_log() throws Exception {
        mvc.perform(post("/admin/accounts/new")
                        .session(admin)
                        .with(csrf())
                        .param("lastName", "Аудитова")
                        .param("firstName", "Вера")
                        .param("sex", "F")
                        .param("position", "Методист")
                        .param("roles", "TEACHER"))
                .andExpect(status().isOk());
        assertThat(audit.find(
                                institution,
                                new AuditQuery(null, null, college.admin().login(), AuditKind.ACCOUNT_CREATED, 0))
                        .getContent())
                .anySatisfy(e -> assertThat(e.targetName()).isEqualTo("Аудитова Вера"));
    }

    private List<AuditEntryView> entries(AuditKind kind, String targetLogin) {
        return audit
                .find(institution, new AuditQuery(null, null, college.admin().login(), kind, 0))
                .getContent()
                .stream()
                .filter(e -> targetLogin.equals(e.targetLogin()))
                .toList();
    }
}
