package ru.spojournal.structure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
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
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.DepartmentRow;
import ru.spojournal.structure.StaffChoices;
import ru.spojournal.structure.StructureCatalog;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

/**
 * R14: the list of отделения, and through it the base every structure list shares (search, sort,
 * page, archive), refused to everyone but the administrator.
 */
@WebSliceTest(DepartmentsAdminController.class)
class DepartmentsAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StructureCatalog catalog;

    @MockitoBean
    StaffChoices staff;

    @BeforeEach
    void twoDepartments() {
        when(catalog.departments(anyLong(), any(), anyBoolean()))
                .thenReturn(new PageImpl<>(List.of(
                        new DepartmentRow(1L, "Металлургическое", "МО", 7L, "Заведова И. О.", false, 0),
                        new DepartmentRow(2L, "Информационное", "ИО", null, null, false, 0))));
        when(staff.staff(SliceUsers.INSTITUTION)).thenReturn(List.of(new StaffChoices.Choice(7L, "Заведова И. О.")));
    }

    @Test
    void theAdministratorListsTheDepartmentsWithTheirHeads() throws Exception {
        mvc.perform(get("/admin/departments").with(user(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("structure/departments"))
                .andExpect(content().string(Matchers.containsString("Металлургическое")))
                .andExpect(content().string(Matchers.containsString("Заведова И. О.")));
    }

    @Test
    void anUnknownSortKeyFallsBackToTheListsFirstAndTheWordsReachTheQuery() throws Exception {
        mvc.perform(get("/admin/departments")
                        .param("q", "  метал% ")
                        .param("sort", "password")
                        .param("dir", "desc")
                        .param("page", "2")
                        .with(user(SliceUsers.admin())))
                .andExpect(status().isOk());
        ArgumentCaptor<ListQuery> query = ArgumentCaptor.forClass(ListQuery.class);
        verify(catalog).departments(eq(SliceUsers.INSTITUTION), query.capture(), eq(false));
        assertThat(query.getValue().sort()).isEqualTo("name");
        assertThat(query.getValue().descending()).isTrue();
        assertThat(query.getValue().page()).isEqualTo(2);
        assertThat(query.getValue().like()).isEqualTo("%метал!%%");
    }

    @Test
    void theAdministratorArchivesADepartmentAndIsToldSo() throws Exception {
        mvc.perform(post("/admin/departments/2/archive").with(csrf()).with(user(SliceUsers.admin())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/departments"))
                .andExpect(flash().attribute("notice", "catalog.archived"));
        verify(catalog).archiveDepartment(SliceUsers.INSTITUTION, 2L, true);
    }

    @Test
    void aDepartmentWithoutANameComesBackWithTheFieldNamedAndNothingSaved() throws Exception {
        mvc.perform(post("/admin/departments/new")
                        .with(csrf())
                        .with(user(SliceUsers.admin()))
                        .param("name", " ")
                        .param("shortName", "МО"))
                .andExpect(status().isOk())
                .andExpect(view().name("structure/department-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(content().string(Matchers.containsString("Поле «Название» не заполнено.")));
        verify(catalog, never()).createDepartment(anyLong(), any());
    }

    @Test
    void aValidDepartmentIsSavedWithItsHead() throws Exception {
        mvc.perform(post("/admin/departments/new")
                        .with(csrf())
                        .with(user(SliceUsers.admin()))
                        .param("name", "Механическое")
                        .param("shortName", "МехО")
                        .param("headStaffId", "7"))
                .andExpect(redirectedUrl("/admin/departments"))
                .andExpect(flash().attribute("notice", "department.saved"));
        verify(catalog).createDepartment(eq(SliceUsers.INSTITUTION), any());
    }

    @Test
    void aTeacherAndADeputyAreRefusedTheListAndTheArchiving() throws Exception {
        for (var who : List.of(SliceUsers.teacher(), SliceUsers.user(500, "deputy", 50L, null, null, Role.DEPUTY))) {
            mvc.perform(get("/admin/departments").with(user(who))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/departments/2/archive").with(csrf()).with(user(who)))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(catalog);
    }

    @Test
    void anArchivingWithoutItsTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/departments/2/archive").with(user(SliceUsers.admin())))
                .andExpect(status().isForbidden());
        verifyNoInteractions(catalog);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/departments")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
