package ru.spojournal.audit.web;

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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.audit.domain.AuditEntryView;
import ru.spojournal.audit.domain.AuditKind;
import ru.spojournal.audit.domain.AuditLog;
import ru.spojournal.audit.domain.AuditQuery;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.platform.security.Role;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.support.SliceUsers;
import ru.spojournal.support.WebSliceTest;

/** R17: the audit log is the administrator's, shown in the college's time with the actors' names. */
@WebSliceTest(AuditController.class)
class AuditControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AuditLog audit;

    @MockitoBean
    PeopleDirectory people;

    @MockitoBean
    AcademicCalendar calendar;

    @BeforeEach
    void oneRefusal() {
        when(calendar.zone(SliceUsers.INSTITUTION)).thenReturn(ZoneId.of("Asia/Novokuznetsk"));
        when(audit.find(anyLong(), any()))
                .thenReturn(new PageImpl<>(List.of(new AuditEntryView(
                        1L,
                        Instant.parse("2026-11-18T03:00:00Z"),
                        AuditKind.ACCESS_REFUSED,
                        15L,
                        "prober",
                        null,
                        null,
                        null,
                        "GET /admin/audit"))));
        when(people.accountNames(List.of(15L))).thenReturn(Map.of(15L, "Пробов П. П."));
    }

    @Test
    void theAdministratorReadsTheLogInTheCollegesTimeWithTheActorsName() throws Exception {
        mvc.perform(get("/admin/audit").with(user(SliceUsers.admin())))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/log"))
                .andExpect(content().string(Matchers.containsString("18.11.2026 10:00:00")))
                .andExpect(content().string(Matchers.containsString("(Пробов П. П.)")))
                .andExpect(content().string(Matchers.containsString("доступ запрещён")));
    }

    @Test
    void theFiltersReachTheLog() throws Exception {
        mvc.perform(get("/admin/audit")
                        .param("from", "2026-11-01")
                        .param("to", "2026-11-30")
                        .param("actor", " prob ")
                        .param("kind", "ACCESS_REFUSED")
                        .param("page", "-3")
                        .with(user(SliceUsers.admin())))
                .andExpect(status().isOk());
        ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
        verify(audit).find(eq(SliceUsers.INSTITUTION), query.capture());
        assertThat(query.getValue())
                .isEqualTo(new AuditQuery(
                        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "prob", AuditKind.ACCESS_REFUSED, 0));
    }

    @Test
    void aDeputyAndADirectorAreRefusedTheLog() throws Exception {
        for (Role role : List.of(Role.DEPUTY, Role.DIRECTOR)) {
            mvc.perform(get("/admin/audit").with(user(SliceUsers.user(600, "boss", 60L, null, null, role))))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(audit);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }
}
