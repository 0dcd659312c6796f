package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.spojournal.journal.domain.JournalSettingsAdmin;
import ru.spojournal.journal.domain.SettingsEdit;
import ru.spojournal.journal.domain.SettingsList;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * An absence for a reason shows the reason's mark in the journal («б» for illness, with the hours
 * when fewer than the lesson's), keeps the reason in the history (R1), and the college's list of
 * reasons gives each its letter.
 */
@IntegrationTest
class AbsenceReasonsInTheGridIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JournalSettings settings;

    @Autowired
    JournalSettingsAdmin lists;

    College college;
    MockHttpSession teacher;
    long lessonId;

    @BeforeEach
    void aLessonInACollegeOfItsOwn() throws Exception {
        college = colleges.create(3);
        teacher = Logins.session(mvc, college.teacher());
        String answer = mvc.perform(post("/api/v1/journals/" + college.journalId() + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + college.today() + "\",\"periodNumber\":1,\"hours\":2,"
                                + "\"topic\":\"Прокатка\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        lessonId = ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private long reason(String code) {
        return settings.absenceReasons(college.institutionId()).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private ResultActions absent(int student, Integer hours, Long reasonId, Long version) throws Exception {
        return mvc.perform(put("/api/v1/journals/" + college.journalId() + "/attendance")
                .session(teacher)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lessonId\":" + lessonId + ",\"studentId\":"
                        + college.students().get(student).id()
                        + ",\"kind\":\"ABSENT\",\"hours\":" + hours + ",\"reasonId\":" + reasonId + ",\"version\":"
                        + version + "}"));
    }

    @Test
    void the_default_reasons_have_marks_and_an_unexcused_absence_stays_n() {
        assertThat(settings.absenceReasons(college.institutionId()))
                .extracting(AbsenceReasonView::code, AbsenceReasonView::cellMark)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("ILLNESS", "б"),
                        org.assertj.core.groups.Tuple.tuple("FAMILY", "у"),
                        org.assertj.core.groups.Tuple.tuple("COLLEGE", "р"),
                        org.assertj.core.groups.Tuple.tuple("UNEXCUSED", "н"));
    }

    @Test
    void R1_an_absence_for_illness_shows_b_with_its_hours_and_the_history_names_the_reason() throws Exception {
        long illness = reason("ILLNESS");
        absent(0, null, illness, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("б"))
                .andExpect(jsonPath("$.reasonId").value(illness));
        absent(1, 1, illness, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("б1"));
        absent(0, null, null, 0L)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("н"));
        absent(0, null, reason("FAMILY"), 1L)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.display").value("у"));

        String html = mvc.perform(get("/journal/" + college.journalId()).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("data-r=\"" + illness + "\">б1</td>")
                .contains("data-r=\"" + reason("FAMILY") + "\">у</td>")
                .contains("cell att excused\" data-v=\"");
        mvc.perform(get("/api/v1/journals/" + college.journalId() + "/history")
                        .session(teacher)
                        .param("kind", "ATTENDANCE")
                        .param("subjectId", String.valueOf(lessonId))
                        .param(
                                "studentId",
                                String.valueOf(college.students().get(0).id())))
                .andExpect(jsonPath("$[0].oldValue").value("н"))
                .andExpect(jsonPath("$[0].newValue").value("н (По заявлению родителей)"))
                .andExpect(jsonPath("$[2].newValue").value("н (Болезнь (справка))"));
    }

    @Test
    void a_reasons_mark_must_be_one_free_letter_other_than_n_and_o() throws Exception {
        MockHttpSession admin = Logins.session(mvc, college.admin());
        for (String bad : new String[] {"н", "о", "бб", "b"}) {
            mvc.perform(post("/admin/settings/absence-reasons")
                            .session(admin)
                            .with(csrf())
                            .param("name", "Олимпиада по физике " + bad)
                            .param("excused", "true")
                            .param("mark", bad))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Поле «Обозначение в журнале»")));
        }
        mvc.perform(post("/admin/settings/absence-reasons")
                        .session(admin)
                        .with(csrf())
                        .param("name", "Олимпиада по физике (б)")
                        .param("excused", "true")
                        .param("mark", "б"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("буква «б» уже обозначает другую причину")));
        assertThat(settings.absenceReasons(college.institutionId()))
                .extracting(AbsenceReasonView::name)
                .noneMatch(n -> n.startsWith("Олимпиада по физике"));
    }

    @Test
    void a_reason_added_with_its_letter_is_offered_in_the_grids_palette() throws Exception {
        long inst = college.institutionId();
        String name = "Спортивные сборы " + System.nanoTime() % 100000;
        long id = lists.add(inst, SettingsList.ABSENCE_REASONS, new SettingsEdit(name, null, false, true, null, "С"));
        try {
            assertThat(lists.entry(inst, SettingsList.ABSENCE_REASONS, id).mark())
                    .isEqualTo("с");
            mvc.perform(get("/journal/" + college.journalId()).session(teacher))
                    .andExpect(content().string(containsString("data-input=\"с\"")));
            absent(2, null, id, null)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.display").value("с"));
        } finally {
            lists.archive(inst, SettingsList.ABSENCE_REASONS, id, true);
        }
        mvc.perform(get("/journal/" + college.journalId()).session(teacher))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-input=\"с\""))));
    }
}
