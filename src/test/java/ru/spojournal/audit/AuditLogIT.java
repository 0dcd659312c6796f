package ru.spojournal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.audit.domain.AuditEntryView;
import ru.spojournal.audit.domain.AuditKind;
import ru.spojournal.audit.domain.AuditLog;
import ru.spojournal.audit.domain.AuditQuery;
import ru.spojournal.people.PeopleFixtures;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R17: every refused request is in the audit log, which the administrator reads with filters. */
@IntegrationTest
class AuditLogIT {

    static final String PASSWORD = "Parol2026x";

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    AcademicCalendar calendar;

    @Test
    void R17_a_refused_request_is_logged_with_who_and_what_and_shown_to_the_administrator() throws Exception {
        College college = colleges.create(1);
        String login = fixtures.account(college, PASSWORD, false, Role.TEACHER);
        MockHttpSession session = Logins.session(mvc, login, PASSWORD);
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isForbidden());

        Page<AuditEntryView> page = audit.find(college.institutionId(), new AuditQuery(null, null, login, null, 0));
        assertThat(page.getContent()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AuditKind.ACCESS_REFUSED);
            assertThat(e.detail()).isEqualTo("GET /admin/audit");
            assertThat(e.actorAccountId()).isEqualTo(Logins.user(mvc, session).accountId());
        });
        mvc.perform(get("/admin/audit").param("actor", login).session(Logins.session(mvc, college.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("доступ запрещён")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("GET /admin/audit")));
    }

    @Test
    void R17_the_log_is_filtered_by_days_actor_and_kind_and_paged() throws Exception {
        College college = colleges.create(1);
        String login = fixtures.account(college, PASSWORD, false, Role.STUDENT);
        MockHttpSession session = Logins.session(mvc, login, PASSWORD);
        for (int i = 0; i < AuditQuery.PAGE_SIZE + 3; i++) {
            mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isForbidden());
        }
        long institution = college.institutionId();
        LocalDate today = calendar.today(institution);
        assertThat(audit.find(institution, new AuditQuery(today, today, login, AuditKind.ACCESS_REFUSED, 0))
                        .getTotalElements())
                .isEqualTo(AuditQuery.PAGE_SIZE + 3);
        assertThat(audit.find(institution, new AuditQuery(today, today, login, AuditKind.ACCESS_REFUSED, 1))
                        .getContent())
                .hasSize(3);
        assertThat(audit.find(institution, new AuditQuery(today.minusDays(7), today.minusDays(1), login, null, 0))
                        .getTotalElements())
                .isZero();
        assertThat(audit.find(institution, new AuditQuery(null, null, login, AuditKind.PASSWORD_RESET, 0))
                        .getTotalElements())
                .isZero();

        MockHttpSession admin = Logins.session(mvc, college.admin());
        mvc.perform(get("/admin/audit")
                        .param("actor", login)
                        .param("kind", "ACCESS_REFUSED")
                        .param("from", today.toString())
                        .param("to", today.toString())
                        .session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Найдено: 53")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Страница 1 из 2")));
        mvc.perform(get("/admin/audit").param("actor", login).param("page", "1").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Страница 2 из 2")));
    }

    @Test
    void R17_another_colleges_entries_are_not_shown() throws Exception {
        College own = colleges.create(1);
        College neighbour = colleges.create(1);
        String login = fixtures.account(neighbour, PASSWORD, false, Role.TEACHER);
        mvc.perform(get("/admin/audit").session(Logins.session(mvc, login, PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(audit.find(neighbour.institutionId(), new AuditQuery(null, null, login, null, 0))
                        .getTotalElements())
                .isEqualTo(1);
        assertThat(audit.find(own.institutionId(), new AuditQuery(null, null, login, null, 0))
                        .getTotalElements())
                .isZero();
        mvc.perform(get("/admin/audit").param("actor", login).session(Logins.session(mvc, own.admin())))
                .andExpect(status().isOk())
                // the filter echoes the login, but the neighbour's refused request is not listed
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("GET /admin/audit"))));
    }

    @Test
    void the_audit_page_is_the_administrators_only() throws Exception {
        College college = colleges.create(1);
        for (Member member : new Member[] {
            college.deputy(),
            college.head(),
            college.curator(),
            college.parents().get(0)
        }) {
            mvc.perform(get("/admin/audit").session(Logins.session(mvc, member)))
                    .andExpect(status().isForbidden());
        }
    }
}
