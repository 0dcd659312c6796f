package ru.spojournal.portal.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.portal.domain.HomeworkTicks;
import ru.spojournal.portal.domain.PortalScope;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

@WebSliceTest(PortalController.class)
class PortalControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PortalScope scope;

    @MockitoBean
    StudentRecords records;

    @MockitoBean
    HomeworkTicks ticks;

    @MockitoBean
    ScheduleView schedule;

    @BeforeEach
    void oneChild() {
        when(scope.child(any(), any(), any())).thenReturn(SliceChildren.child());
        when(scope.visibleStudents(any())).thenReturn(List.of(SliceChildren.STUDENT));
    }

    @Test
    void aStudentOpensTheirHomePage() throws Exception {
        mvc.perform(get("/student").with(user(SliceUsers.student())))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/home"))
                .andExpect(model().attribute("base", "/student"))
                .andExpect(content().string(Matchers.containsString("Петров Егор Ильич")));
    }

    @Test
    void aParentOpensTheMarksOfTheChild() throws Exception {
        when(records.marks(anyLong(), anyLong(), any())).thenReturn(List.of());

        mvc.perform(get("/parent/marks").param("child", "20").with(user(SliceUsers.parent())))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/marks"))
                .andExpect(model().attribute("base", "/parent"));
        verify(scope).child(any(), eq(20L), any());
    }

    @Test
    void aTeacherIsRefusedTheStudentPages() throws Exception {
        mvc.perform(get("/student/marks").with(user(SliceUsers.teacher()))).andExpect(status().isForbidden());
        verifyNoInteractions(records);
    }

    @Test
    void aStudentIsRefusedTheParentPages() throws Exception {
        mvc.perform(get("/parent").with(user(SliceUsers.student()))).andExpect(status().isForbidden());
        verifyNoInteractions(scope);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/student/schedule")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aStudentTicksHomeworkDone() throws Exception {
        mvc.perform(post("/student/homework/{id}/done", 8).with(csrf()).with(user(SliceUsers.student())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/student/homework"));
        verify(ticks).tick(any(), eq(8L), eq(true));
    }

    @Test
    void aParentMayNotTickTheChildsHomework() throws Exception {
        mvc.perform(post("/student/homework/{id}/done", 8).with(csrf()).with(user(SliceUsers.parent())))
                .andExpect(status().isForbidden());
        verifyNoInteractions(ticks);
    }
}
