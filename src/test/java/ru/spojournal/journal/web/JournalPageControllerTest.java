package ru.spojournal.journal.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.JournalAccessSlice;
import ru.spojournal.journal.SliceGrids;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.journal.domain.MyJournals;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

@WebSliceTest(JournalPageController.class)
@JournalAccessSlice
class JournalPageControllerTest {

    private static final long JOURNAL = 3L;

    @Autowired
    MockMvc mvc;

    @Autowired
    JournalAccessSlice.Journals journals;

    @Autowired
    CollegeStructure structure;

    @MockitoBean
    JournalQueries queries;

    @MockitoBean
    MyJournals myJournals;

    @MockitoBean
    JournalPdf printer;

    GroupView group;

    @BeforeEach
    void journalOfTheTeacher() {
        group = journals.journal(JOURNAL, SliceUsers.TEACHER_STAFF);
        when(queries.grid(any())).thenAnswer(call -> SliceGrids.empty(call.getArgument(0)));
        when(queries.lessonHistory(any(), anyLong())).thenReturn(List.of());
        when(myJournals.ofGroup(any(), anyLong())).thenReturn(List.of());
    }

    @Test
    void theTeacherOpensTheGridOfTheirJournal() throws Exception {
        mvc.perform(get("/journal/{id}", JOURNAL).with(user(SliceUsers.teacher())))
                .andExpect(status().isOk())
                .andExpect(view().name("journal/grid"))
                .andExpect(model().attributeExists("grid"))
                .andExpect(content().string(Matchers.containsString("ИС-21")));
    }

    @Test
    void theTeacherOpensTheHistoryOfALesson() throws Exception {
        mvc.perform(get("/journal/{id}/lessons/{lesson}/history", JOURNAL, 9).with(user(SliceUsers.teacher())))
                .andExpect(status().isOk())
                .andExpect(view().name("journal/history"))
                .andExpect(model().attribute("changes", List.of()));
    }

    @Test
    void aStudentIsRefusedTheJournal() throws Exception {
        mvc.perform(get("/journal/{id}", JOURNAL).with(user(SliceUsers.student())))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
    }

    @Test
    void aStudentIsRefusedTheJournalsPrintAndNothingIsRendered() throws Exception {
        mvc.perform(get("/journal/{id}/print.pdf", JOURNAL).with(user(SliceUsers.student())))
                .andExpect(status().isForbidden());
        org.mockito.Mockito.verifyNoInteractions(printer);
    }

    @Test
    void aParentIsRefusedTheLessonHistory() throws Exception {
        mvc.perform(get("/journal/{id}/lessons/{lesson}/history", JOURNAL, 9).with(user(SliceUsers.parent())))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/journal/{id}", JOURNAL)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAnonymousHtmxRequestGets401AndAPageRefresh() throws Exception {
        mvc.perform(get("/journal/{id}", JOURNAL).header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Refresh", "true"));
    }

    @Test
    void theCuratorReadsTheJournalsOfTheGroup() throws Exception {
        var curator = SliceUsers.user(199, "curator", group.curatorStaffId(), null, null, Role.TEACHER, Role.CURATOR);

        mvc.perform(get("/journal/group/{group}", group.id()).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(view().name("journal/group"))
                .andExpect(model().attribute("group", group));
    }

    @Test
    void aTeacherWhoDoesNotCurateTheGroupIsRefusedItsJournals() throws Exception {
        mvc.perform(get("/journal/group/{group}", group.id()).with(user(SliceUsers.teacher())))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"));
    }
}
