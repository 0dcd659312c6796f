package ru.spojournal.structure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/** R14: the administrator opens the year; bad input is named and changes nothing. */
@IntegrationTest
class StructureAdminIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    AcademicCalendar calendar;

    @Autowired
    CollegeStructure structure;

    @Autowired
    Colleges colleges;

    @Autowired
    StudyGroupRepository groups;

    @Autowired
    TransactionTemplate tx;

    Colleges.College college;
    MockHttpSession admin;
    long institution;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
    }

    @Test
    void a_term_that_ends_before_it_starts_is_refused_naming_the_end_date() throws Exception {
        int before = calendar.terms(institution).size();
        long year = calendar.academicYears(institution).get(0).id();
        mvc.perform(post("/admin/terms/new")
                        .session(admin)
                        .with(csrf())
                        .param("academicYearId", String.valueOf(year))
                        .param("number", "3")
                        .param("name", "Летний")
                        .param(
                                "startDate",
                                calendar.academicYears(institution)
                                        .get(0)
                                        .endDate()
                                        .minusDays(10)
                                        .toString())
                        .param(
                                "endDate",
                                calendar.academicYears(institution)
                                        .get(0)
                                        .endDate()
                                        .minusDays(20)
                                        .toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Дата окончания семестра должна быть позже даты начала.")));
        assertThat(calendar.terms(institution)).hasSize(before);
    }

    @Test
    void a_term_with_empty_fields_names_each_of_them() throws Exception {
        mvc.perform(post("/admin/terms/new").session(admin).with(csrf()).param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Выберите учебный год.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Название» не заполнено.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Поле «Дата начала» не заполнено.")));
    }

    @Test
    void a_group_without_a_specialty_is_refused_and_nothing_is_saved() throws Exception {
        long before = structure.groupCount(institution);
        mvc.perform(post("/admin/groups/new")
                        .session(admin)
                        .with(csrf())
                        .param("name", "ТМ-26-9")
                        .param(
                                "departmentId",
                                String.valueOf(structure
                                        .departments(institution)
                                        .get(0)
                                        .id()))
                        .param("course", "1")
                        .param("admissionYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Выберите специальность группы.")));
        assertThat(structure.groupCount(institution)).isEqualTo(before);
    }

    @Test
    void a_group_whose_name_is_taken_is_refused() throws Exception {
        GroupView existing = structure.groups(institution).get(0);
        long before = structure.groupCount(institution);
        mvc.perform(post("/admin/groups/new")
                        .session(admin)
                        .with(csrf())
                        .param("name", existing.name())
                        .param("specialtyId", String.valueOf(existing.specialtyId()))
                        .param("departmentId", String.valueOf(existing.departmentId()))
                        .param("course", "1")
                        .param("admissionYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Группа «" + existing.name() + "» уже есть.")));
        assertThat(structure.groupCount(institution)).isEqualTo(before);
    }

    @Test
    void a_valid_group_is_created_and_listed() throws Exception {
        GroupView existing = structure.groups(institution).get(0);
        mvc.perform(post("/admin/groups/new")
                        .session(admin)
                        .with(csrf())
                        .param("name", "1-ТЭК-26")
                        .param("specialtyId", String.valueOf(existing.specialtyId()))
                        .param("departmentId", String.valueOf(existing.departmentId()))
                        .param("course", "1")
                        .param("admissionYear", "2026"))
                .andExpect(redirectedUrl("/admin/groups"));
        assertThat(structure.groups(institution)).extracting(GroupView::name).contains("1-ТЭК-26");
    }

    @Test
    void two_simultaneous_edits_of_a_group_end_in_a_conflict_not_a_lost_update() {
        long edited = college.groupId();
        long newCurator = college.teacher().id();
        StudyGroup stale = tx.execute(s -> groups.findById(edited).orElseThrow());
        tx.executeWithoutResult(s -> groups.findById(edited).orElseThrow().assignCurator(newCurator));
        stale.assignCurator(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(s -> groups.save(stale)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(structure.group(institution, edited).orElseThrow().curatorStaffId())
                .isEqualTo(newCurator);
    }
}
