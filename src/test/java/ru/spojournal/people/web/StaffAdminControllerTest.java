package ru.spojournal.people.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
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

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.people.StaffListRow;
import ru.spojournal.people.StaffRecords;
import ru.spojournal.people.domain.AccountManagement;
import ru.spojournal.platform.error.ConflictException;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

/** R14: the administrator's list and forms of staff; bad input is named and saves nothing. */
@WebSliceTest(StaffAdminController.class)
class StaffAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffRecords staff;

    @MockitoBean
    AccountManagement accounts;

    @BeforeEach
    void oneTeacher() {
        when(staff.find(anyLong(), any(), anyBoolean()))
                .thenReturn(new PageImpl<>(List.of(new StaffListRow(
                        9L, "Учителева", "Анна", "Петровна", "Преподаватель физики", null, null, false, null, null))));
    }

    @Test
    void theAdministratorListsTheStaff() throws Exception {
        mvc.perform(get("/admin/staff").with(user(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("people/staff-list"))
                .andExpect(content().string(Matchers.containsString("Учителева Анна Петровна")))
                .andExpect(content().string(Matchers.containsString("Преподаватель физики")));
    }

    @Test
    void theAdministratorAddsAMemberOfStaffAndSeesTheCard() throws Exception {
        when(staff.create(eq(SliceUsers.INSTITUTION), any(), eq("Преподаватель физики")))
                .thenReturn(41L);
        mvc.perform(staffMember("Преподаватель физики ").with(user(SliceUsers.admin())))
                .andExpect(redirectedUrl("/admin/staff/41"))
                .andExpect(flash().attribute("notice", "staff.created"));
    }

    @Test
    void aMemberOfStaffWithoutAPositionComesBackWithTheFieldNamedAndNothingSaved() throws Exception {
        mvc.perform(staffMember("").with(user(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("people/staff-new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "position", "NotBlank"))
                .andExpect(content().string(Matchers.containsString("Поле «Должность» не заполнено.")));
        verify(staff, never()).create(anyLong(), any(), anyString());
    }

    @Test
    void anArchivingOfAStaleCardIsReportedAsAConflict() throws Exception {
        doThrow(new ConflictException("stale Staff", null)).when(staff).archive(SliceUsers.INSTITUTION, 9L, 3L);
        mvc.perform(post("/admin/staff/9/archive")
                        .with(csrf())
                        .with(user(SliceUsers.admin()))
                        .param("version", "3"))
                .andExpect(redirectedUrl("/admin/staff/9"))
                .andExpect(flash().attribute("problem", "people.conflict"));
    }

    @Test
    void aTeacherIsRefusedTheListTheFormAndTheArchiving() throws Exception {
        mvc.perform(get("/admin/staff").with(user(SliceUsers.teacher()))).andExpect(status().isForbidden());
        mvc.perform(staffMember("Директор").with(user(SliceUsers.teacher()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/staff/9/archive")
                        .with(csrf())
                        .with(user(SliceUsers.teacher()))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(staff, accounts);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/staff")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private static MockHttpServletRequestBuilder staffMember(String position) {
        return post("/admin/staff/new")
                .with(csrf())
                .param("lastName", "Учителева")
                .param("firstName", "Анна")
                .param("middleName", "Петровна")
                .param("sex", "F")
                .param("position", position);
    }
}
