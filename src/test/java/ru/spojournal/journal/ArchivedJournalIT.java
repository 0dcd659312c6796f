package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.domain.AssignmentRecords;

/**
 * R1: an archived assignment or group keeps its journal as it is. Its teacher and supervisors still
 * read it; nobody records in it any more, by page or by API.
 */
@IntegrationTest
class ArchivedJournalIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JournalTestColleges journals;

    @Autowired
    AssignmentRecords assignments;

    @Autowired
    CollegeStructure structure;

    College college;
    JournalTestColleges.Lesson lesson;
    MockHttpSession teacher;
    MockHttpSession admin;

    @BeforeEach
    void aCollegeOfItsOwn() throws Exception {
        college = colleges.create(2);
        lesson = journals.lessonWithMarks(mvc, college);
        teacher = Logins.session(mvc, college.teacher());
        admin = Logins.session(mvc, college.admin());
    }

    private String api(String path) {
        return "/api/v1/journals/" + college.journalId() + path;
    }

    private long student(int index) {
        return college.students().get(index).id();
    }

    private ResultActions saveMark(String value) throws Exception {
        return mvc.perform(put(api("/marks"))
                .session(teacher)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\":%d,\"studentId\":%d,\"value\":\"%s\",\"version\":0}"
                        .formatted(lesson.columnId(), student(0), value)));
    }

    private ResultActions newLesson() throws Exception {
        return mvc.perform(post(api("/lessons"))
                .session(teacher)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"date":"%s","periodNumber":2,"hours":2,"topic":"Сплавы","columns":[]}""".formatted(college.today())));
    }

    private void archiveAssignment() throws Exception {
        long version =
                assignments.row(college.institutionId(), college.journalId()).version();
        mvc.perform(post("/admin/assignments/" + college.journalId() + "/archive")
                        .session(admin)
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    private void archiveGroup() throws Exception {
        mvc.perform(post("/admin/groups/" + college.groupId() + "/archive")
                        .session(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private void nothingRecordsAnyMore() throws Exception {
        saveMark("5").andExpect(status().isForbidden());
        newLesson().andExpect(status().isForbidden());
        mvc.perform(post(api("/lessons/" + lesson.id() + "/attendance-taken"))
                        .session(teacher)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(put(api("/attendance"))
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"lessonId\":%d,\"studentId\":%d,\"kind\":\"ABSENT\",\"hours\":null,\"version\":null}"
                                        .formatted(lesson.id(), student(1))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/journal/" + college.journalId() + "/lessons/new").session(teacher))
                .andExpect(status().isForbidden());
        mvc.perform(get("/journal/" + college.journalId() + "/lessons/" + lesson.id() + "/edit")
                        .session(teacher))
                .andExpect(status().isForbidden());
    }

    private void stillReadable() throws Exception {
        mvc.perform(get(api("")).session(teacher))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.students", Matchers.hasSize(2)));
        mvc.perform(get("/journal/" + college.journalId()).session(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"archived\"")))
                .andExpect(content().string(Matchers.containsString("data-editable=\"false\"")));
        mvc.perform(get("/journal/" + college.journalId()).session(Logins.session(mvc, college.deputy())))
                .andExpect(status().isOk());
    }

    @Test
    void R1_a_teacher_records_nothing_in_an_archived_assignment_and_still_reads_it() throws Exception {
        saveMark("5").andExpect(status().isOk());
        archiveAssignment();
        nothingRecordsAnyMore();
        stillReadable();
        String data = mvc.perform(get(api("")).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(data).contains("\"5\"").doesNotContain("Сплавы");
    }

    @Test
    void R1_nobody_records_in_the_journals_of_an_archived_group() throws Exception {
        archiveGroup();
        nothingRecordsAnyMore();
        stillReadable();
        mvc.perform(get("/journal/group/" + college.groupId()).session(Logins.session(mvc, college.deputy())))
                .andExpect(status().isOk());
    }

    @Test
    void the_home_of_a_teacher_and_a_curator_of_an_archived_group_opens() throws Exception {
        String groupName = structure
                .group(college.institutionId(), college.groupId())
                .orElseThrow()
                .name();
        archiveGroup();
        mvc.perform(get("/teacher").session(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(groupName)));
        mvc.perform(get("/teacher").session(Logins.session(mvc, college.curator())))
                .andExpect(status().isOk());
    }

    @Test
    void a_restored_assignment_is_recorded_in_again() throws Exception {
        archiveAssignment();
        long version =
                assignments.row(college.institutionId(), college.journalId()).version();
        mvc.perform(post("/admin/assignments/" + college.journalId() + "/restore")
                        .session(admin)
                        .with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        saveMark("3").andExpect(status().isOk());
    }
}
