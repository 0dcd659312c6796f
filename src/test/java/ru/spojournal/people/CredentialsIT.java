package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.audit.domain.AuditEntryView;
import ru.spojournal.audit.domain.AuditKind;
import ru.spojournal.audit.domain.AuditLog;
import ru.spojournal.audit.domain.AuditQuery;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PeopleFixtures.Household;
import ru.spojournal.people.web.PdfReaders;
import ru.spojournal.platform.security.Role;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R15: the curator issues the credentials of their own group's students and parents, and nobody else's. */
@IntegrationTest
class CredentialsIT {

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
    Household group;
    MockHttpSession curator;

    @BeforeEach
    void group() throws Exception {
        college = colleges.create(1);
        group = fixtures.household(college, 2);
        curator = Logins.session(mvc, group.curator());
    }

    @Test
    void R15_the_curator_prints_slips_whose_one_time_passwords_work_and_must_be_changed() throws Exception {
        mvc.perform(get("/curator/credentials").session(curator))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(group.name())))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                group.students().get(0).name())));

        MvcResult result = mvc.perform(slips("/curator/credentials/" + group.id(), group.personIds())
                        .session(curator))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");

        byte[] pdf = result.getResponse().getContentAsByteArray();
        String text = PdfReaders.text(pdf).replaceAll("\\s+", " ");
        String studentLogin =
                accounts.loginOfPerson(group.students().get(0).personId()).orElseThrow();
        assertThat(text)
                .contains(
                        group.students().get(0).name(),
                        group.parents().get(0).name(),
                        studentLogin,
                        "Студент группы " + group.name(),
                        "Родитель (законный представитель): "
                                + group.students().get(0).name());
        List<String> passwords = PdfReaders.passwords(pdf);
        assertThat(passwords).hasSize(4);

        MockHttpSession student = Logins.session(mvc, studentLogin, PdfReaders.passwordOf(pdf, studentLogin));
        mvc.perform(get("/student").session(student)).andExpect(redirectedUrl("/account/password"));
        String parentLogin =
                accounts.loginOfPerson(group.parents().get(0).personId()).orElseThrow();
        MockHttpSession parent = Logins.session(mvc, parentLogin, PdfReaders.passwordOf(pdf, parentLogin));
        assertThat(Logins.user(mvc, parent).roles()).contains(Role.PARENT);
    }

    @Test
    void R17_every_slip_is_in_the_audit_log_under_the_curator_and_no_password_is() throws Exception {
        byte[] pdf = mvc.perform(slips("/curator/credentials/" + group.id(), group.personIds())
                        .session(curator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<AuditEntryView> issued = entries(group.curator().login(), AuditKind.CREDENTIALS_ISSUED);
        List<AuditEntryView> created = entries(group.curator().login(), AuditKind.ACCOUNT_CREATED);
        assertThat(issued).hasSize(4).allSatisfy(e -> assertThat(e.detail()).isEqualTo(group.name()));
        assertThat(created).hasSize(4);
        assertThat(issued)
                .extracting(AuditEntryView::targetName)
                .contains(group.students().get(1).name());
        for (String password : PdfReaders.passwords(pdf)) {
            assertThat(issued).allSatisfy(e -> assertThat(e.toString()).doesNotContain(password));
        }
    }

    @Test
    void the_preferred_login_is_given_when_free_and_one_from_the_name_otherwise() throws Exception {
        String wish = PeopleFixtures.login("wish");
        people.preferLogin(college.institutionId(), group.students().get(0).personId(), wish);
        people.preferLogin(
                college.institutionId(),
                group.students().get(1).personId(),
                college.teacher().login());
        mvc.perform(slips(
                                "/curator/credentials/" + group.id(),
                                List.of(
                                        group.students().get(0).personId(),
                                        group.students().get(1).personId()))
                        .session(curator))
                .andExpect(status().isOk());
        assertThat(accounts.loginOfPerson(group.students().get(0).personId())).contains(wish);
        assertThat(accounts.loginOfPerson(group.students().get(1).personId()).orElseThrow())
                .startsWith(Transliteration.loginFor(
                        new PersonName(group.students().get(1).name().split(" ")[0], "Пётр", "Андреевич")));
        assertThat(accounts.loginOfPerson(group.parents().get(0).personId())).isEmpty();
    }

    @Test
    void R16_a_new_slip_replaces_the_old_password() throws Exception {
        long personId = group.students().get(0).personId();
        String first = PdfReaders.passwords(issue(List.of(personId))).get(0);
        String second = PdfReaders.passwords(issue(List.of(personId))).get(0);
        String login = accounts.loginOfPerson(personId).orElseThrow();
        assertThat(second).isNotEqualTo(first);
        assertThat(Logins.attempt(mvc, login, first).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(Logins.attempt(mvc, login, second).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void R15_a_curator_is_refused_another_groups_credentials_and_the_refusal_is_logged() throws Exception {
        Household other = fixtures.household(college, 1);
        mvc.perform(slips("/curator/credentials/" + other.id(), other.personIds())
                        .session(curator))
                .andExpect(status().isForbidden());
        assertThat(accounts.loginOfPerson(other.students().get(0).personId())).isEmpty();
        assertThat(entries(group.curator().login(), AuditKind.ACCESS_REFUSED))
                .anySatisfy(
                        e -> assertThat(e.detail()).isEqualTo("POST /curator/credentials/" + other.id() + "/slips"));
    }

    @Test
    void R15_a_student_of_another_group_cannot_be_slipped_into_the_curators_own_group() throws Exception {
        Household other = fixtures.household(college, 1);
        mvc.perform(slips(
                                "/curator/credentials/" + group.id(),
                                List.of(
                                        group.students().get(0).personId(),
                                        other.students().get(0).personId()))
                        .session(curator))
                .andExpect(status().isForbidden());
        assertThat(accounts.loginOfPerson(other.students().get(0).personId())).isEmpty();
        assertThat(accounts.loginOfPerson(group.students().get(0).personId())).isEmpty();
    }

    @Test
    void R15_a_curator_never_resets_a_staff_account_even_of_a_parent_in_the_group() throws Exception {
        long institution = college.institutionId();
        long staffId = people.createStaff(
                institution,
                new NewPerson(new PersonName("Завучева", "Анна", "Ивановна"), Sex.F, null, null, null),
                "Завуч",
                null);
        long personId = people.personOfStaff(staffId);
        people.linkParent(
                institution,
                people.createParentForPerson(institution, personId),
                group.students().get(0).id(),
                Relation.MOTHER);
        String login = PeopleFixtures.login("staff.parent");
        accounts.createAccountWithHash(
                institution,
                new NewAccount(login, personId, Set.of(Role.DEPUTY, Role.PARENT)),
                accounts.hash("Zavuch2026"),
                false);

        mvc.perform(get("/curator/credentials").session(curator))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("её пароль выдаёт администратор")));
        mvc.perform(slips("/curator/credentials/" + group.id(), List.of(personId))
                        .session(curator))
                .andExpect(status().isForbidden());
        assertThat(Logins.attempt(mvc, login, "Zavuch2026").getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void choosing_nobody_is_refused_with_a_message_and_changes_nothing() throws Exception {
        mvc.perform(slips("/curator/credentials/" + group.id(), List.of()).session(curator))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Отметьте хотя бы одного")));
        assertThat(accounts.loginOfPerson(group.students().get(0).personId())).isEmpty();
    }

    @Test
    void a_teacher_who_curates_no_group_is_refused_the_curators_page() throws Exception {
        MockHttpSession session = Logins.session(mvc, college.teacher());
        mvc.perform(get("/curator/credentials").session(session)).andExpect(status().isForbidden());
        mvc.perform(slips("/curator/credentials/" + group.id(), group.personIds())
                        .session(session))
                .andExpect(status().isForbidden());
        assertThat(accounts.loginOfPerson(group.students().get(0).personId())).isEmpty();
    }

    @Test
    void R14_the_administrator_issues_slips_for_any_group_but_a_curator_not_through_the_admin_path() throws Exception {
        MockHttpSession admin = Logins.session(mvc, college.admin());
        mvc.perform(get("/admin/credentials").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(group.name())));
        mvc.perform(get("/admin/credentials/" + group.id()).session(admin)).andExpect(status().isOk());
        mvc.perform(slips(
                                "/admin/credentials/" + group.id(),
                                List.of(group.parents().get(1).personId()))
                        .session(curator))
                .andExpect(status().isForbidden());
        byte[] pdf = mvc.perform(slips(
                                "/admin/credentials/" + group.id(),
                                List.of(group.parents().get(1).personId()))
                        .session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfReaders.text(pdf)).contains(group.parents().get(1).name());
        assertThat(entries(college.admin().login(), AuditKind.CREDENTIALS_ISSUED))
                .anySatisfy(e -> assertThat(e.targetName())
                        .isEqualTo(group.parents().get(1).name()));
    }

    @Test
    void students_and_parents_are_refused_the_credentials_pages() throws Exception {
        for (Member member :
                List.of(college.students().get(0), college.parents().get(0))) {
            MockHttpSession session = Logins.session(mvc, member);
            mvc.perform(get("/curator/credentials").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/credentials").session(session)).andExpect(status().isForbidden());
            mvc.perform(slips("/admin/credentials/" + group.id(), group.personIds())
                            .session(session))
                    .andExpect(status().isForbidden());
        }
        assertThat(accounts.loginOfPerson(group.students().get(0).personId())).isEmpty();
    }

    private byte[] issue(List<Long> personIds) throws Exception {
        return mvc.perform(
                        slips("/curator/credentials/" + group.id(), personIds).session(curator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static MockHttpServletRequestBuilder slips(String base, List<Long> personIds) {
        MockHttpServletRequestBuilder request = post(base + "/slips").with(csrf());
        personIds.forEach(id -> request.param("personId", String.valueOf(id)));
        return request;
    }

    private List<AuditEntryView> entries(String actor, AuditKind kind) {
        return audit.find(college.institutionId(), new AuditQuery(null, null, actor, kind, 0)).getContent().stream()
                .filter(e -> e.actorLogin().equals(actor))
                .toList();
    }
}
