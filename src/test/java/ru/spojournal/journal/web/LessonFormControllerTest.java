package ru.spojournal.journal.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.journal.JournalAccessSlice;
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.journal.domain.JournalContext;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.journal.domain.LessonService;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

@WebSliceTest(LessonFormController.class)
@JournalAccessSlice
class LessonFormControllerTest {

    private static final long JOURNAL = 3L;

    @Autowired
    MockMvc mvc;

    @Autowired
    JournalAccessSlice.Journals journals;

    @MockitoBean
    LessonService lessons;

    @MockitoBean
    JournalQueries queries;

    @MockitoBean
    JournalSettings settings;

    @BeforeEach
    void journalOfTheTeacher() {
        journals.journal(JOURNAL, SliceUsers.TEACHER_STAFF);
    }

    @Test
    void theTeacherOpensANewLessonFormForToday() throws Exception {
        mvc.perform(get("/journal/{id}/lessons/new", JOURNAL).with(user(SliceUsers.teacher())))
                .andExpect(status().isOk())
                .andExpect(view().name("journal/lesson-form"))
                .andExpect(model().attributeExists("form"))
                .andExpect(content().string(Matchers.containsString("value=\"2026-10-15\"")));
    }

    @Test
    void aRecordedLessonOpensTheGridOnIt() throws Exception {
        when(lessons.create(any(), any())).thenReturn(42L);

        mvc.perform(lesson("Пределы").with(user(SliceUsers.teacher())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/journal/3?lesson=42"))
                .andExpect(flash().attribute("notice", "lesson.saved"));
        verify(lessons).create(any(JournalContext.class), any());
    }

    @Test
    void aLessonWithoutTopicComesBackWithTheFieldNamedAndNothingSaved() throws Exception {
        mvc.perform(lesson(" ").with(user(SliceUsers.teacher())))
                .andExpect(status().isOk())
                .andExpect(view().name("journal/lesson-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "topic", "NotBlank"))
                .andExpect(content().string(Matchers.containsString("Поле «Тема занятия» не заполнено.")));
        verifyNoInteractions(lessons);
    }

    @Test
    void aStudentMayNotRecordALesson() throws Exception {
        mvc.perform(lesson("Пределы").with(user(SliceUsers.student())))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
        verifyNoInteractions(lessons);
    }

    @Test
    void aParentMayNotOpenTheLessonForm() throws Exception {
        mvc.perform(get("/journal/{id}/lessons/new", JOURNAL).with(user(SliceUsers.parent())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAnonymousPostIsSentToTheLoginPage() throws Exception {
        mvc.perform(lesson("Пределы")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(lessons);
    }

    private static MockHttpServletRequestBuilder lesson(String topic) {
        return post("/journal/{id}/lessons/new", JOURNAL)
                .with(csrf())
                .param("date", "2026-10-15")
                .param("periodNumber", "2")
                .param("hours", "2")
                .param("topic", topic);
    }
}
