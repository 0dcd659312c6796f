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
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R8, R11, R14: who reads and who writes a journal, tried for every role on the page and the API.
 * The journal is of the group of a college of the test's own: its curator, its department's head,
 * its students and their parents are the college's.
 */
@IntegrationTest
class JournalAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JournalTestColleges journals;

    College college;

    @BeforeEach
    void aCollegeOfItsOwn() {
        college = colleges.create(1);
    }

    private int read(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    private int write(MockHttpSession session) throws Exception {
        String body = "{\"date\":\"" + college.today() + "\",\"hours\":2,\"topic\":\"Попытка\"}";
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/journals/" + college.journalId() + "/lessons")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private record Expected(Member member, int[] statuses) {}

    @Test
    void R8_R11_each_role_reads_or_writes_exactly_as_allowed() throws Exception {
        Map<String, Expected> expected = new LinkedHashMap<>();
        // role → {page, API read, API write}
        expected.put("director", new Expected(college.director(), new int[] {200, 200, 403}));
        expected.put("deputy", new Expected(college.deputy(), new int[] {200, 200, 403}));
        expected.put("head", new Expected(college.head(), new int[] {200, 200, 403}));
        expected.put("curator", new Expected(college.curator(), new int[] {200, 200, 403}));
        expected.put("another teacher", new Expected(journals.teacher(college), new int[] {403, 403, 403}));
        expected.put("admin", new Expected(college.admin(), new int[] {403, 403, 403}));
        expected.put("student", new Expected(college.students().get(0), new int[] {403, 403, 403}));
        expected.put("parent", new Expected(college.parents().get(0), new int[] {403, 403, 403}));
        for (var e : expected.entrySet()) {
            MockHttpSession session = Logins.session(mvc, e.getValue().member());
            assertThat(new int[] {
                        read(session, "/journal/" + college.journalId()),
                        read(session, "/api/v1/journals/" + college.journalId()),
                        write(session)
                    })
                    .as(e.getKey())
                    .containsExactly(e.getValue().statuses());
        }
        MockHttpSession own = Logins.session(mvc, college.teacher());
        assertThat(new int[] {
                    read(own, "/journal/" + college.journalId()),
                    read(own, "/api/v1/journals/" + college.journalId()),
                    write(own)
                })
                .containsExactly(200, 200, 201);
    }

    @Test
    void R11_a_head_of_department_does_not_read_another_departments_journals() throws Exception {
        JournalTestColleges.Journal other = journals.otherDepartmentJournal(college, 1);
        MockHttpSession head = Logins.session(mvc, college.head());
        assertThat(read(head, "/api/v1/journals/" + other.id())).isEqualTo(403);
        assertThat(read(head, "/journal/group/" + other.groupId())).isEqualTo(403);
        assertThat(read(head, "/journal/group/" + college.groupId())).isEqualTo(200);
    }

    @Test
    void R11_a_curator_reads_the_journals_of_the_curated_group_only_and_a_deputy_those_of_every_department()
            throws Exception {
        JournalTestColleges.Journal other = journals.otherDepartmentJournal(college, 1);
        MockHttpSession curator = Logins.session(mvc, college.curator());
        assertThat(read(curator, "/api/v1/journals/" + other.id())).isEqualTo(403);
        assertThat(read(curator, "/journal/" + other.id())).isEqualTo(403);
        for (Member supervisor : java.util.List.of(college.deputy(), college.director())) {
            MockHttpSession session = Logins.session(mvc, supervisor);
            assertThat(read(session, "/api/v1/journals/" + other.id()))
                    .as(supervisor.login())
                    .isEqualTo(200);
            assertThat(read(session, "/journal/" + other.id()))
                    .as(supervisor.login())
                    .isEqualTo(200);
        }
    }

    @Test
    void R8_another_teacher_cannot_write_into_a_cell_of_this_journal() throws Exception {
        long column = journals.lessonWithMarks(mvc, college).columnId();
        MockHttpSession otherTeacher = Logins.session(mvc, journals.teacher(college));
        int status = mvc.perform(put("/api/v1/journals/" + college.journalId() + "/marks")
                        .session(otherTeacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columnId\":" + column + ",\"studentId\":"
                                + college.students().get(0).id() + ",\"value\":\"5\"}"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void a_journal_that_does_not_exist_is_not_found_and_anonymous_callers_are_refused() throws Exception {
        MockHttpSession deputy = Logins.session(mvc, college.deputy());
        assertThat(read(deputy, "/api/v1/journals/999999999")).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/journals/" + college.journalId()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }
}
