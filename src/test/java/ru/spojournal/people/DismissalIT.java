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
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.platform.security.Role;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
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
    ru.spojournal.journal.JournalTestColleges journals;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @Autowired
    StaffRecords staff;

    @Autowired
    PeopleAdmin people;

    @Autowired
    AccountAdmin accounts;

    College college;
    long institution;
    long columnId;
    MockHttpSession admin;

    @BeforeEach
    void aCollegeOfItsOwn() throws Exception {
        college = colleges.create(2);
        institution = college.institutionId();
        columnId = journals.lessonWithMarks(mvc, college).columnId();
        admin = Logins.session(mvc, college.admin());
    }

    private long teacherStaffId() {
        return college.teacher().id();
    }

    private ResultActions dismiss(long staffId, MockHttpSession as) throws Exception {
        long version = staff.card(institution, staffId).version();
        return mvc.perform(post("/admin/staff/" + staffId + "/archive")
                .session(as)
                .with(csrf())
                .param("version", String.valueOf(version)));
    }

    private ResultActions saveMark(MockHttpSession session, String value, long version) throws Exception {
        return mvc.perform(put("/api/v1/journals/" + college.journalId() + "/marks")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\":%d,\"studentId\":%d,\"value\":\"%s\",\"version\":%d}"
                        .formatted(columnId, college.students().get(0).id(), value, version)));
    }

    private String login(String login) throws Exception {
        return Logins.attempt(mvc, login, Colleges.PASSWORD).getResponse().getRedirectedUrl();
    }

    @Test
    void R16_a_dismissed_teachers_open_sessions_end_and_the_account_is_blocked() throws Exception {
        String login = college.teacher().login();
        MockHttpSession pageSession = Logins.session(mvc, college.teacher());
        MockHttpSession apiSession = Logins.session(mvc, college.teacher());
        saveMark(apiSession, "5", 0).andExpect(status().isOk());

        dismiss(teacherStaffId(), admin).andExpect(redirectedUrl("/admin/staff/" + teacherStaffId()));

        saveMark(apiSession, "3", 1).andExpect(status().isUnauthorized());
        mvc.perform(get("/teacher").session(pageSession)).andExpect(redirectedUrl("/login"));
        assertThat(login(login)).isEqualTo("/login?error");
        assertThat(accounts.loginOfPerson(people.personOfStaff(teacherStaffId())))
                .contains(login);
        String data = mvc.perform(
                        get("/api/v1/journals/" + college.journalId()).session(Logins.session(mvc, college.deputy())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(data).contains("\"5\"").doesNotContain("\"3\"");
    }

    @Test
    void R16_a_dismissed_teacher_who_is_also_a_parent_keeps_the_parents_pages_only() throws Exception {
        long staffId = people.createStaff(
                institution,
                new ru.spojournal.people.PeopleCommands.NewPerson(
                        new ru.spojournal.people.PersonName("Родителева", "Ольга", "Ивановна"),
                        ru.spojournal.people.Sex.F,
                        null,
                        null,
                        null),
                "Преподаватель",
                null);
        long personId = people.personOfStaff(staffId);
        long parentId = people.createParentForPerson(institution, personId);
        people.linkParent(institution, parentId, college.students().get(1).id(), Relation.MOTHER);
        String login = PeopleFixtures.login("dismissed.parent");
        long accountId = accounts.createAccountWithHash(
                institution,
                new NewAccount(login, personId, Set.of(Role.TEACHER, Role.PARENT)),
                accounts.hash(Colleges.PASSWORD),
                false);
        MockHttpSession open = Logins.session(mvc, login, Colleges.PASSWORD);
        mvc.perform(get("/teacher").session(open)).andExpect(status().isOk());

        dismiss(staffId, admin).andExpect(status().is3xxRedirection());

        mvc.perform(get("/teacher").session(open)).andExpect(redirectedUrl("/login"));
        assertThat(login(login)).isEqualTo("/");
        MockHttpSession again = Logins.session(mvc, login, Colleges.PASSWORD);
        mvc.perform(get("/teacher").session(again)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/journals").session(again)).andExpect(content().json("[]"));
        mvc.perform(get("/api/v1/journals/" + college.journalId()).session(again))
                .andExpect(status().isForbidden());
        mvc.perform(get("/parent").session(again)).andExpect(status().isOk());
        assertThat(Logins.user(mvc, again).roles()).containsExactly(Role.PARENT);
        assertThat(Logins.user(mvc, again).staffId()).isNull();
        assertThat(accountId).isPositive();
    }

    @Test
    void R16_a_restored_member_of_staff_gets_the_roles_back_once_the_account_is_unblocked() throws Exception {
        String login = college.teacher().login();
        dismiss(teacherStaffId(), admin).andExpect(status().is3xxRedirection());
        long version = staff.card(institution, teacherStaffId()).version();
        mvc.perform(post("/admin/staff/" + teacherStaffId() + "/restore")
                        .session(admin)
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(login(login)).isEqualTo("/login?error");

        long accountId = college.teacher().accountId();
        mvc.perform(post("/admin/accounts/" + accountId + "/unblock")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        MockHttpSession back = Logins.session(mvc, login, Colleges.PASSWORD);
        saveMark(back, "3", 0).andExpect(status().isOk());
    }

    @Test
    void an_administrator_cannot_dismiss_themselves() throws Exception {
        long staffId = people.createStaff(
                institution,
                new NewPerson(new PersonName("Админова", "Ирина", "Павловна"), Sex.F, null, null, null),
                "Администратор",
                null);
        String login = PeopleFixtures.login("self.admin");
        accounts.createAccountWithHash(
                institution,
                new NewAccount(login, people.personOfStaff(staffId), Set.of(Role.ADMIN)),
                accounts.hash(Colleges.PASSWORD),
                false);
        MockHttpSession self = Logins.session(mvc, login, Colleges.PASSWORD);

        dismiss(staffId, self)
                .andExpect(redirectedUrl("/admin/staff/" + staffId))
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("problem")).isEqualTo("staff.archive.self"));

        assertThat(staff.card(institution, staffId).archived()).isFalse();
        mvc.perform(get("/admin").session(self)).andExpect(status().isOk());
    }

    @Test
    void R14_a_blocked_accounts_open_api_session_ends_at_the_next_call() throws Exception {
        MockHttpSession open = Logins.session(mvc, college.teacher());
        mvc.perform(post("/admin/accounts/" + college.teacher().accountId() + "/block")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        saveMark(open, "5", 0).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/journals/" + college.journalId()).session(open))
                .andExpect(status().isUnauthorized());
    }
}
