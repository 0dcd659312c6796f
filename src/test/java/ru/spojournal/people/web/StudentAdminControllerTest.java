package ru.spojournal.people.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.people.StudentRoll;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

@WebSliceTest(StudentAdminController.class)
class StudentAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StudentRoll students;

    @MockitoBean
    CollegeStructure structure;

    @BeforeEach
    void oneGroup() {
        when(structure.groups(SliceUsers.INSTITUTION))
                .thenReturn(List.of(new GroupView(
                        5L,
                        "ИС-21",
                        1L,
                        "09.02.07",
                        "Информационные системы",
                        2L,
                        "Отделение ИТ",
                        2,
                        2024,
                        null,
                        false)));
        when(students.find(anyLong(), any(), any(), any())).thenReturn(Page.empty());
    }

    @Test
    void theAdministratorListsTheStudents() throws Exception {
        mvc.perform(get("/admin/students").param("group", "5").with(user(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("people/students"))
                .andExpect(model().attribute("group", 5L))
                .andExpect(content().string(Matchers.containsString("ИС-21")));
    }

    @Test
    void theAdministratorAdmitsAStudent() throws Exception {
        when(students.create(eq(SliceUsers.INSTITUTION), any(), eq(5L), any(), any()))
                .thenReturn(77L);

        mvc.perform(student("Петров").with(user(SliceUsers.admin())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/students/77"))
                .andExpect(flash().attribute("notice", "student.created"));
    }

    @Test
    void aStudentWithoutLastNameComesBackWithTheFieldNamedAndNothingSaved() throws Exception {
        mvc.perform(student("").with(user(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("people/student-new"))
                .andExpect(model().attributeHasFieldErrorCode("form", "lastName", "NotBlank"))
                .andExpect(content().string(Matchers.containsString("Поле «Фамилия» не заполнено.")));
        verify(students, never()).create(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aTeacherIsRefusedTheStudentList() throws Exception {
        mvc.perform(get("/admin/students").with(user(SliceUsers.teacher()))).andExpect(status().isForbidden());
        verifyNoInteractions(students);
    }

    @Test
    void aTeacherMayNotAdmitAStudent() throws Exception {
        mvc.perform(student("Петров").with(user(SliceUsers.teacher()))).andExpect(status().isForbidden());
        verifyNoInteractions(students);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/students")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    private static MockHttpServletRequestBuilder student(String lastName) {
        return post("/admin/students/new")
                .with(csrf())
                .param("lastName", lastName)
                .param("firstName", "Егор")
                .param("sex", "M")
                .param("groupId", "5")
                .param("admittedOn", "2024-09-01");
    }
}
