package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R8, R11, R14: who reads and who writes a journal, tried for every role on the page and the API.
 * The journal is of ОМД-26-1 (metallurgical department, curated by the demo curator).
 */
@IntegrationTest
class JournalAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JournalFixtures fixtures;

    JournalFixtures.Journal journal;

    @BeforeEach
    void aJournal() {
        journal = fixtures.journal("ОМД-26-1");
    }

    private int read(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    private int write(MockHttpSession session) throws Exception {
        String body = "{\"date\":\"" + fixtures.today() + "\",\"hours\":2,\"topic\":\"Попытка\"}";
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/journals/" + journal.id() + "/lessons")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void R8_R11_each_role_reads_or_writes_exactly_as_allowed() throws Exception {
        Map<String, int[]> expected = new LinkedHashMap<>();
        // login → {page, API read, API write}
        expected.put("deputy", new int[] {200, 200, 403});
        expected.put("head", new int[] {200, 200, 403});
        expected.put("curator", new int[] {200, 200, 403});
        expected.put("teacher", new int[] {403, 403, 403});
        expected.put("admin", new int[] {403, 403, 403});
        expected.put("student", new int[] {403, 403, 403});
        expected.put("parent", new int[] {403, 403, 403});
        for (var e : expected.entrySet()) {
            MockHttpSession session = Logins.session(mvc, e.getKey());
            assertThat(new int[] {
                        read(session, "/journal/" + journal.id()),
                        read(session, "/api/v1/journals/" + journal.id()),
                        write(session)
                    })
                    .as(e.getKey())
                    .containsExactly(e.getValue());
        }
        MockHttpSession own = Logins.session(mvc, journal.teacher().login(), JournalFixtures.PASSWORD);
        assertThat(new int[] {
                    read(own, "/journal/" + journal.id()), read(own, "/api/v1/journals/" + journal.id()), write(own)
                })
                .containsExactly(200, 200, 201);
    }

    @Test
    void R11_a_head_of_department_does_not_read_another_departments_journals() throws Exception {
        JournalFixtures.Journal other = fixtures.journal("ИСП-26-1");
        MockHttpSession head = Logins.session(mvc, "head");
        assertThat(read(head, "/api/v1/journals/" + other.id())).isEqualTo(403);
        assertThat(read(head, "/journal/group/" + other.group().id())).isEqualTo(403);
        assertThat(read(head, "/journal/group/" + journal.group().id())).isEqualTo(200);
    }

    @Test
    void R8_another_teacher_cannot_write_into_a_cell_of_this_journal() throws Exception {
        MockHttpSession otherTeacher = Logins.session(mvc, fixtures.teacher().login(), JournalFixtures.PASSWORD);
        int status = mvc.perform(put("/api/v1/journals/" + journal.id() + "/marks")
                        .session(otherTeacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columnId\":1,\"studentId\":"
                                + journal.students().get(0).id() + ",\"value\":\"5\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void a_journal_that_does_not_exist_is_not_found_and_anonymous_callers_are_refused() throws Exception {
        MockHttpSession deputy = Logins.session(mvc, "deputy");
        assertThat(read(deputy, "/api/v1/journals/999999999")).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/journals/" + journal.id()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }
}
