package ru.spojournal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.platform.error.RefusalLog.AccessRefused;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * DESIGN §3: every role's pages are closed to every other role. The matrix tries each member of a
 * college of the test's own on each home page; a refusal answers 403 and is logged.
 */
@IntegrationTest
@RecordApplicationEvents
class RoleAccessIT {

    private static final Map<String, List<String>> ALLOWED = Map.of(
            "admin", List.of("/admin"),
            "deputy", List.of("/deputy"),
            "head", List.of("/head"),
            "teacher", List.of("/teacher"),
            "curator", List.of("/teacher", "/curator"),
            "student", List.of("/student"),
            "parent", List.of("/parent"));

    private static final List<String> HOMES =
            List.of("/admin", "/deputy", "/head", "/teacher", "/curator", "/student", "/parent");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Colleges colleges;

    /** The college's members by the name of their part in {@link #ALLOWED}. */
    private static Map<String, Member> members(College college) {
        return Map.of(
                "admin", college.admin(),
                "deputy", college.deputy(),
                "head", college.head(),
                "teacher", college.teacher(),
                "curator", college.curator(),
                "student", college.students().get(0),
                "parent", college.parents().get(0));
    }

    @Test
    void R8_R9_R10_R14_each_role_reaches_its_own_pages_and_no_others() throws Exception {
        Map<String, Member> members = members(colleges.create(1));
        for (var entry : ALLOWED.entrySet()) {
            MockHttpSession session = Logins.session(mvc, members.get(entry.getKey()));
            for (String home : HOMES) {
                int expected = entry.getValue().contains(home) ? 200 : 403;
                int actual = mvc.perform(get(home).session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(actual).as(entry.getKey() + " on " + home).isEqualTo(expected);
            }
        }
    }

    @Test
    void R14_admin_pages_refuse_other_roles_and_the_refusal_is_logged() throws Exception {
        MockHttpSession student =
                Logins.session(mvc, colleges.create(1).students().get(0));
        mvc.perform(get("/admin/groups/new").session(student)).andExpect(status().isForbidden());
        assertThat(events.stream(AccessRefused.class))
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("/admin/groups/new"));
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page_and_the_api_answers_401() throws Exception {
        mvc.perform(get("/teacher")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/anything"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Требуется вход"))
                .andExpect(jsonPath("$.detail").value("Войдите в систему, чтобы продолжить."));
    }

    @Test
    void an_htmx_request_without_a_session_asks_for_a_reload_instead_of_a_login_page() throws Exception {
        mvc.perform(get("/teacher").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(result ->
                        assertThat(result.getResponse().getHeader("HX-Refresh")).isEqualTo("true"));
    }
}
