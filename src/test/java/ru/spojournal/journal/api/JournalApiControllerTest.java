package ru.spojournal.journal.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.JournalAccessSlice;
import ru.spojournal.journal.SliceGrids;
import ru.spojournal.journal.domain.JournalContext;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.journal.domain.LessonService;
import ru.spojournal.journal.domain.MyJournals;
import ru.spojournal.journal.domain.RecordService;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

@WebSliceTest(JournalApiController.class)
@JournalAccessSlice
class JournalApiControllerTest {

    private static final long JOURNAL = 3L;
    private static final String LESSON = """
            {"date":"2026-10-15","periodNumber":2,"hours":2,"topic":"Пределы"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JournalAccessSlice.Journals journals;

    @MockitoBean
    JournalQueries queries;

    @MockitoBean
    LessonService lessons;

    @MockitoBean
    RecordService records;

    @MockitoBean
    MyJournals myJournals;

    @BeforeEach
    void journalOfTheTeacher() {
        journals.journal(JOURNAL, SliceUsers.TEACHER_STAFF);
        when(queries.grid(any())).thenAnswer(call -> SliceGrids.empty(call.getArgument(0)));
    }

    @Test
    void theTeacherReadsTheirJournalAsJson() throws Exception {
        mvc.perform(get("/api/v1/journals/{id}", JOURNAL).with(user(SliceUsers.teacher())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_JSON_VALUE))
                .andExpect(jsonPath("$.id").value(JOURNAL));
    }

    @Test
    void theTeacherRecordsALesson() throws Exception {
        when(lessons.create(any(), any())).thenReturn(42L);

        mvc.perform(post("/api/v1/journals/{id}/lessons", JOURNAL)
                        .with(user(SliceUsers.teacher()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LESSON))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/journals/3/lessons/42"))
                .andExpect(jsonPath("$.id").value(42));
        verify(lessons).create(any(JournalContext.class), any());
    }

    @Test
    void aLessonWithoutTopicIsRefusedWithTheFieldNamedAndNothingSaved() throws Exception {
        mvc.perform(post("/api/v1/journals/{id}/lessons", JOURNAL)
                        .with(user(SliceUsers.teacher()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LESSON.replace("Пределы", " ")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("topic"))
                .andExpect(jsonPath("$.errors[0].message").value("Поле «Тема занятия» не заполнено."));
        verifyNoInteractions(lessons);
    }

    @Test
    void anotherTeacherMayNotRecordInTheJournal() throws Exception {
        mvc.perform(post("/api/v1/journals/{id}/lessons", JOURNAL)
                        .with(user(SliceUsers.teacher(11L)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LESSON))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Доступ запрещён"));
        verifyNoInteractions(lessons);
    }

    @Test
    void aStudentMayNotReadTheJournal() throws Exception {
        mvc.perform(get("/api/v1/journals/{id}", JOURNAL).with(user(SliceUsers.student())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aParentMayNotPutAMark() throws Exception {
        mvc.perform(put("/api/v1/journals/{id}/marks", JOURNAL)
                        .with(user(SliceUsers.parent()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columnId\":1,\"studentId\":2,\"value\":\"5\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(records);
    }

    @Test
    void anAnonymousCallGets401AsJson() throws Exception {
        mvc.perform(get("/api/v1/journals"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Требуется вход"));
        verifyNoInteractions(myJournals);
    }

    @Test
    void aWriteWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/v1/journals/{id}/lessons", JOURNAL)
                        .with(user(SliceUsers.teacher()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LESSON))
                .andExpect(status().isForbidden());
        verifyNoInteractions(lessons);
    }

    @Test
    void theTeacherListsTheirJournals() throws Exception {
        when(myJournals.of(any())).thenReturn(List.of());

        mvc.perform(get("/api/v1/journals").with(user(SliceUsers.teacher())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
    }
}
