package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.spojournal.journal.JournalFixtures;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.platform.security.Role;
import ru.spojournal.support.GroupLife;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R16: a dismissed member of staff works in the journal no more. The account is blocked at once if
 * it held nothing else, the open sessions end at their next request, by page and by API; a
 * dismissed teacher who is also a parent keeps only the parent's pages.
 */
@IntegrationTest
class DismissalIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    GroupLife life;

    @Autowired
    JournalFixtures fixtures;

    @Autowired
    StaffRecords staff;

    @Autowired
    PeopleAdmin people;

    @Autowired
    AccountAdmin accounts;

    GroupLife.Life group;
    MockHttpSession admin;

    @BeforeEach
    void aGroupOfItsOwn() throws Exception {
        group = life.create(mvc, 2);
        admin = Logins.session(mvc, "admin");
    }

    private long teacherStaffId() {
        return group.journal().teacher().staffId();
    }

    private ResultActions dismiss(long staffId, MockHttpSession as) throws Exception {
        long version = staff.card(fixtures.institution(), staffId).version();
        return mvc.perform(post("/admin/staff/" + staffId + "/archive")
                .session(as)
                .with(csrf())
                .param("version", String.valueOf(version)));
    }

    private ResultActions saveMark(MockHttpSession session, String value, long version) throws Exception {
        return mvc.perform(put("/api/v1/journals/" + group.journal().id() + "/marks")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\":%d,\"studentId\":%d,\"value\":\"%s\",\"version\":%d}"
                        .formatted(group.columnId(), group.student(0), value, version)));
    }

    private String login(String login) throws Exception {
        return Logins.attempt(mvc, login, JournalFixtures.PASSWORD)
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void R16_a_dismissed_teachers_open_sessions_end_and_the_account_is_blocked() throws Exception {
        String login = group.journal().teacher().login();
        MockHttpSession pageSession = Logins.session(mvc, login, JournalFixtures.PASSWORD);
        MockHttpSession apiSession = Logins.session(mvc, login, JournalFixtures.PASSWORD);
        saveMark(apiSession, "5", 0).andExpect(status().isOk());

        dismiss(teacherStaffId(), admin).andExpect(redirectedUrl("/admin/staff/" + teacherStaffId()));

        saveMark(apiSession, "3", 1).andExpect(status().isUnauthorized());
        mvc.perform(get("/teacher").session(pageSession)).andExpect(redirectedUrl("/login"));
        assertThat(login(login)).isEqualTo("/login?error");
        assertThat(accounts.loginOfPerson(people.personOfStaff(teacherStaffId())))
                .contains(login);
        String data = mvc.perform(
                        get("/api/v1/journals/" + group.journal().id()).session(Logins.session(mvc, "deputy")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(data).contains("\"5\"").doesNotContain("\"3\"");
    }

    @Test
    void R16_a_dismissed_teacher_who_is_also_a_parent_keeps_the_parents_pages_only() throws Exception {
        long staffId = people.createStaff(
                fixtures.institution(),
                new ru.spojournal.people.PeopleCommands.NewPerson(
                        new ru.spojournal.people.PersonName("Родителева", "Ольга", "Ивановна"),
                        ru.spojournal.people.Sex.F,
                        null,
                        null,
                        null),
                "Преподаватель",
                null);
        long personId = people.personOfStaff(staffId);
        long parentId = people.createParentForPerson(fixtures.institution(), personId);
        people.linkParent(fixtures.institution(), parentId, group.student(1), Relation.MOTHER);
        String login = "dismissed.parent." + System.nanoTime() % 100000;
        long accountId = accounts.createAccountWithHash(
                fixtures.institution(),
                new NewAccount(login, personId, Set.of(Role.TEACHER, Role.PARENT)),
                accounts.hash(JournalFixtures.PASSWORD),
                false);
        MockHttpSession open = Logins.session(mvc, login, JournalFixtures.PASSWORD);
        mvc.perform(get("/teacher").session(open)).andExpect(status().isOk());

        dismiss(staffId, admin).andExpect(status().is3xxRedirection());

        mvc.perform(get("/teacher").session(open)).andExpect(redirectedUrl("/login"));
        assertThat(login(login)).isEqualTo("/");
        MockHttpSession again = Logins.session(mvc, login, JournalFixtures.PASSWORD);
        mvc.perform(get("/teacher").session(again)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/journals").session(again)).andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/journals/" + group.journal().id()).session(again))
                .andExpect(status().isForbidden());
        mvc.perform(get("/parent").session(again)).andExpect(status().isOk());
        assertThat(Logins.user(mvc, again).roles()).containsExactly(Role.PARENT);
        assertThat(Logins.user(mvc, again).staffId()).isNull();
        assertThat(accountId).isPositive();
    }

    @Test
    void R16_a_restored_member_of_staff_gets_the_roles_back_once_the_account_is_unblocked() throws Exception {
        String login = group.journal().teacher().login();
        dismiss(teacherStaffId(), admin).andExpect(status().is3xxRedirection());
        long version = staff.card(fixtures.institution(), teacherStaffId()).version();
        mvc.perform(post("/admin/staff/" + teacherStaffId() + "/restore")
                        .session(admin)
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(login(login)).isEqualTo("/login?error");

        long accountId = group.journal().teacher().accountId();
        mvc.perform(post("/admin/accounts/" + accountId + "/unblock")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        MockHttpSession back = Logins.session(mvc, login, JournalFixtures.PASSWORD);
        saveMark(back, "3", 0).andExpect(status().isOk());
    }

    @Test
    void an_administrator_cannot_dismiss_themselves() throws Exception {
        long staffId = people.createStaff(
                fixtures.institution(),
                new NewPerson(new PersonName("Админова", "Ирина", "Павловна"), Sex.F, null, null, null),
                "Администратор",
                null);
        String login = "self.admin." + System.nanoTime() % 100000;
        accounts.createAccountWithHash(
                fixtures.institution(),
                new NewAccount(login, people.personOfStaff(staffId), Set.of(Role.ADMIN)),
                accounts.hash(JournalFixtures.PASSWORD),
                false);
        MockHttpSession self = Logins.session(mvc, login, JournalFixtures.PASSWORD);

        dismiss(staffId, self)
                .andExpect(redirectedUrl("/admin/staff/" + staffId))
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("problem")).isEqualTo("staff.archive.self"));

        assertThat(staff.card(fixtures.institution(), staffId).archived()).isFalse();
        mvc.perform(get("/admin").session(self)).andExpect(status().isOk());
    }

    @Test
    void R14_a_blocked_accounts_open_api_session_ends_at_the_next_call() throws Exception {
        MockHttpSession open = Logins.session(mvc, group.journal().teacher().login(), JournalFixtures.PASSWORD);
        mvc.perform(post("/admin/accounts/" + group.journal().teacher().accountId() + "/block")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        saveMark(open, "5", 0).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/journals/" + group.journal().id()).session(open))
                .andExpect(status().isUnauthorized());
    }
}
