package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.JournalEvents.MarkPosted;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Logins;
import ru.spojournal.support.ModuleTest;

/**
 * The journal on its own, with only the modules it depends on: no notification, portal or
 * supervision module is there to hear what it announces.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
@ModuleTest
class JournalModuleIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Test
    void R1_R25_a_mark_is_kept_in_the_history_and_announced_to_other_modules_after_its_commit(Scenario scenario)
            throws Exception {
        Colleges.College college = colleges.create(2);
        MockHttpSession teacher = Logins.session(mvc, college.teacher().login(), Colleges.PASSWORD);
        String api = "/api/v1/journals/" + college.journalId();
        String created = mvc.perform(post(api + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"date":"%s","periodNumber":1,"hours":2,"topic":"Проекционное черчение",
                                 "columns":[{"workTypeId":null,"title":null}]}""".formatted(college.today())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long lessonId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String grid =
                mvc.perform(get(api).session(teacher)).andReturn().getResponse().getContentAsString();
        long column = ((Number) ((net.minidev.json.JSONArray)
                                JsonPath.read(grid, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id"))
                        .get(0))
                .longValue();
        long student = college.students().get(1).id();

        scenario.stimulate(() -> status(put(api + "/marks")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columnId\":" + column + ",\"studentId\":" + student + ",\"value\":\"5\"}")))
                .andWaitForEventOfType(MarkPosted.class)
                .matching(e -> e.studentId() == student)
                .toArriveAndVerify((event, status) -> {
                    assertThat(status).isEqualTo(200);
                    assertThat(event.value()).isEqualTo("5");
                    assertThat(event.previous()).isNull();
                    assertThat(event.columnId()).isEqualTo(column);
                    assertThat(event.lessonDate()).isEqualTo(college.today());
                });
        String history = mvc.perform(get(api + "/history")
                        .session(teacher)
                        .param("kind", "MARK")
                        .param("subjectId", String.valueOf(column))
                        .param("studentId", String.valueOf(student)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(history, "$[0].newValue")).isEqualTo("5");
        assertThat(JsonPath.<String>read(history, "$[0].changedByName")).startsWith("Учителев");
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
