package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.domain.JournalAccess;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** The journal's pages: the lesson form's Russian messages, the teacher's home, group journals. */
@IntegrationTest
class JournalPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JournalQueries queries;

    @Autowired
    JournalAccess access;

    College college;
    long journal;
    MockHttpSession teacher;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(2);
        journal = college.journalId();
        teacher = Logins.session(mvc, college.teacher());
    }

    @Test
    void the_new_lesson_form_proposes_today_and_two_hours() throws Exception {
        mvc.perform(get("/journal/" + journal + "/lessons/new").session(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + college.today() + "\"")))
                .andExpect(content().string(containsString("Тема занятия")));
    }

    @Test
    void a_lesson_without_a_topic_is_shown_again_with_the_field_named_and_nothing_saved() throws Exception {
        mvc.perform(post("/journal/" + journal + "/lessons/new")
                        .session(teacher)
                        .with(csrf())
                        .param("date", college.today().toString())
                        .param("hours", "2")
                        .param("topic", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Поле «Тема занятия» не заполнено.")));
        mvc.perform(get("/api/v1/journals/" + journal).session(teacher))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.lessons")
                        .isEmpty());
    }

    @Test
    void R5_a_late_lesson_asks_for_a_reason_on_the_form() throws Exception {
        mvc.perform(post("/journal/" + journal + "/lessons/new")
                        .session(teacher)
                        .with(csrf())
                        .param("date", college.today().minusDays(3).toString())
                        .param("hours", "2")
                        .param("topic", "Сплавы железа с углеродом"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите причину изменения")));
        mvc.perform(post("/journal/" + journal + "/lessons/new")
                        .session(teacher)
                        .with(csrf())
                        .param("date", college.today().minusDays(3).toString())
                        .param("hours", "2")
                        .param("topic", "Сплавы железа с углеродом")
                        .param("homeworkContent", "Диаграмма железо–углерод")
                        .param("reason", "Занятие проведено по замене"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern(
                        "/journal/" + journal + "?lesson=*"));
    }

    @Test
    void R2_the_teachers_home_lists_their_own_journals() throws Exception {
        mvc.perform(get("/teacher").session(teacher))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/journal/" + journal)));
    }

    @Test
    void R11_the_curator_reads_the_list_of_the_groups_journals() throws Exception {
        MockHttpSession curator = Logins.session(mvc, college.curator());
        mvc.perform(get("/journal/group/" + college.groupId()).session(curator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/journal/" + journal)));
    }

    @Test
    void the_grid_shows_the_journal_to_its_teacher_for_entry() throws Exception {
        String html = mvc.perform(get("/journal/" + journal).session(teacher))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("data-editable=\"true\"")
                .contains("id=\"palette\"")
                .doesNotContain("id=\"read-only\"");
    }
}
