package ru.spojournal.portal.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
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
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.portal.domain.AbsenceNotices;
import ru.spojournal.portal.domain.PortalScope;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

@WebSliceTest(NoticeController.class)
class NoticeControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PortalScope scope;

    @MockitoBean
    AbsenceNotices notices;

    @MockitoBean
    JournalSettings settings;

    @BeforeEach
    void oneChild() {
        when(scope.child(any(), any(), any())).thenReturn(SliceChildren.child());
    }

    @Test
    void aParentOpensTheNoticesWithTodayProposed() throws Exception {
        mvc.perform(get("/parent/notices").param("child", "20").with(user(SliceUsers.parent())))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/notices"))
                .andExpect(model().attributeExists("form"))
                .andExpect(content().string(Matchers.containsString("value=\"2026-10-15\"")));
    }

    @Test
    void aParentSendsANotice() throws Exception {
        mvc.perform(notice("2026-10-14").with(user(SliceUsers.parent())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/parent/notices?child=20"))
                .andExpect(flash().attribute("notice", "notice.sent"));
        verify(notices).submit(any(), any());
    }

    @Test
    void aNoticeWithoutItsFirstDayComesBackWithTheFieldsNamedAndNothingSent() throws Exception {
        mvc.perform(notice("").with(user(SliceUsers.parent())))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/notices"))
                .andExpect(model().attributeHasFieldErrorCode("form", "from", "NotNull"))
                .andExpect(content().string(Matchers.containsString("поля «С какого дня» и «По какой день»")));
        verify(notices, org.mockito.Mockito.never()).submit(any(), any());
    }

    @Test
    void aStudentMayNotSendANotice() throws Exception {
        mvc.perform(notice("2026-10-14").with(user(SliceUsers.student()))).andExpect(status().isForbidden());
        verifyNoInteractions(notices);
    }

    @Test
    void aTeacherIsRefusedTheNoticesOfParents() throws Exception {
        mvc.perform(get("/parent/notices").with(user(SliceUsers.teacher()))).andExpect(status().isForbidden());
        verifyNoInteractions(scope);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(notice("2026-10-14")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(notices);
    }

    @Test
    void theChildIsTheOneAskedFor() throws Exception {
        mvc.perform(get("/parent/notices").param("child", "20").with(user(SliceUsers.parent())));
        verify(scope).child(any(), eq(20L), any());
    }

    private static MockHttpServletRequestBuilder notice(String from) {
        return post("/parent/notices")
                .with(csrf())
                .param("child", "20")
                .param("from", from)
                .param("to", "2026-10-14")
                .param("reasonCode", "ILLNESS");
    }
}
