package ru.spojournal.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.domain.AccountListRow;
import ru.spojournal.people.domain.AccountManagement;
import ru.spojournal.people.domain.AccountQuery;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

/** R15: the administrator's list of accounts, searched, filtered by role and paged like every list. */
@WebSliceTest(AccountsAdminController.class)
class AccountsAdminControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountManagement accounts;

    @MockitoBean
    AccountPageModel page;

    @MockitoBean
    AcademicCalendar calendar;

    @BeforeEach
    void aPageOfAccounts() {
        when(calendar.zone(SliceUsers.INSTITUTION)).thenReturn(ZoneId.of("Asia/Novokuznetsk"));
        when(accounts.find(anyLong(), any()))
                .thenReturn(new PageImpl<>(
                        List.of(new AccountListRow(
                                3L,
                                "ivanova.op",
                                "Иванова Ольга Петровна",
                                Set.of(Role.PARENT),
                                true,
                                true,
                                false,
                                null)),
                        PageRequest.of(2, 25),
                        76));
    }

    @Test
    void theAdministratorSeesWhereThePageStandsAmongAllThatMatch() throws Exception {
        mvc.perform(get("/admin/accounts").param("page", "2").with(user(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/list"))
                .andExpect(content().string(Matchers.containsString("ivanova.op")))
                .andExpect(content().string(Matchers.containsString("Найдено: 76")))
                .andExpect(content().string(Matchers.containsString("Страница 3 из 4")));
    }

    @Test
    void theWordsTheRoleAndTheOrderReachTheSearchAndAnUnknownOrderFallsBack() throws Exception {
        mvc.perform(get("/admin/accounts")
                        .param("q", "ivan_")
                        .param("role", "PARENT")
                        .param("sort", "passwordHash")
                        .param("dir", "desc")
                        .with(user(SliceUsers.admin())))
                .andExpect(status().isOk());
        ArgumentCaptor<AccountQuery> query = ArgumentCaptor.forClass(AccountQuery.class);
        verify(accounts).find(eq(SliceUsers.INSTITUTION), query.capture());
        assertThat(query.getValue().role()).isEqualTo(Role.PARENT);
        assertThat(query.getValue().sort()).isEqualTo("login");
        assertThat(query.getValue().descending()).isTrue();
        assertThat(query.getValue().list().like()).isEqualTo("%ivan!_%");
    }

    @Test
    void aRoleThatDoesNotExistIsABadRequestNotAnError() throws Exception {
        mvc.perform(get("/admin/accounts").param("role", "ROOT").with(user(SliceUsers.admin())))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(accounts);
    }

    @Test
    void aTeacherAndAParentAreRefusedTheList() throws Exception {
        mvc.perform(get("/admin/accounts").with(user(SliceUsers.teacher()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(user(SliceUsers.parent()))).andExpect(status().isForbidden());
        verifyNoInteractions(accounts);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
