package ru.spojournal.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.people.StaffRecords;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.domain.AssignmentFilter;
import ru.spojournal.teaching.domain.AssignmentRecords;
import ru.spojournal.teaching.domain.AssignmentRow;

/** R2, R14: the administrator keeps the teaching load; duplicates and bad input save nothing. */
@IntegrationTest
class AssignmentAdminIT {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    AssignmentRecords assignments;

    @Autowired
    TeachingLoad load;

    @Autowired
    StaffRecords staff;

    @Autowired
    StructureAdmin structureAdmin;

    @Autowired
    AcademicCalendar calendar;

    College college;
    MockHttpSession admin;
    long institution;
    long term;

    @BeforeEach
    void signIn() throws Exception {
        college = colleges.create(1);
        admin = Logins.session(mvc, college.admin());
        institution = college.institutionId();
        term = calendar.currentTerm(institution).orElseThrow().id();
    }

    /** A group, a subject and a teacher besides the college's own, so that its journal stays as it is. */
    record Setup(long group, long subject, long teacher) {}

    private Setup setup() {
        int n = SEQ.incrementAndGet();
        long group = structureAdmin.createGroup(
                institution,
                new NewGroup(
                        "НГР-" + System.nanoTime() % 1_000_000 + "-" + n,
                        college.specialtyId(),
                        college.departmentId(),
                        2,
                        2025,
                        null));
        long subject = structureAdmin.createSubject(
                institution,
                new NewSubject(
                        "ОП.0" + n % 10,
                        "Нагрузочная дисциплина " + System.nanoTime() % 1_000_000,
                        SubjectKind.DISCIPLINE,
                        null));
        return new Setup(group, subject, teacher("Нагрузкина"));
    }

    private long teacher(String surname) {
        return staff.create(
                institution,
                new NewPerson(new PersonName(surname, "Вера", "Павловна"), Sex.F, null, null, null),
                "Преподаватель");
    }

    private ResultActions create(Setup s, String hours) throws Exception {
        return mvc.perform(post("/admin/assignments/new")
                .session(admin)
                .with(csrf())
                .param("termId", String.valueOf(term))
                .param("groupId", String.valueOf(s.group()))
                .param("subjectId", String.valueOf(s.subject()))
                .param("teacherStaffId", String.valueOf(s.teacher()))
                .param("plannedHours", hours));
    }

    private long created(Setup s) throws Exception {
        String url = create(s, "72")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long countOf(Setup s, boolean archived) {
        return assignments
                .find(
                        institution,
                        new AssignmentFilter(term, s.group(), null, archived),
                        ListQuery.of(null, null, "asc", 0, AssignmentRecords.SORTS))
                .getTotalElements();
    }

    @Test
    void R14_every_assignment_page_renders_for_the_administrator() throws Exception {
        Setup s = setup();
        long id = created(s);
        for (String url : new String[] {
            "/admin/assignments",
            "/admin/assignments/new",
            "/admin/assignments/" + id,
            "/admin/assignments?group=" + s.group() + "&sort=teacher&dir=desc",
            "/admin/assignments?teacher=" + s.teacher() + "&archived=true&q=ОП",
            "/admin/assignments?term=" + term
        }) {
            mvc.perform(get(url).session(admin)).andExpect(status().isOk());
        }
    }

    @Test
    void R14_teachers_curators_students_and_parents_are_refused_every_assignment_page_and_post() throws Exception {
        Setup s = setup();
        long id = created(s);
        long version = assignments.row(institution, id).version();
        for (Member member : new Member[] {
            college.teacher(),
            college.curator(),
            college.students().get(0),
            college.parents().get(0)
        }) {
            MockHttpSession session = Logins.session(mvc, member);
            for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/admin/assignments"),
                get("/admin/assignments/new"),
                get("/admin/assignments/" + id),
                post("/admin/assignments/new")
                        .with(csrf())
                        .param("termId", String.valueOf(term))
                        .param("groupId", String.valueOf(s.group()))
                        .param("subjectId", String.valueOf(s.subject()))
                        .param("teacherStaffId", String.valueOf(s.teacher()))
                        .param("plannedHours", "10"),
                post("/admin/assignments/" + id)
                        .with(csrf())
                        .param("teacherStaffId", String.valueOf(s.teacher()))
                        .param("plannedHours", "1")
                        .param("version", String.valueOf(version)),
                post("/admin/assignments/" + id + "/archive").with(csrf()).param("version", String.valueOf(version))
            }) {
                mvc.perform(request.session(session)).andExpect(status().isForbidden());
            }
        }
        AssignmentRow row = assignments.row(institution, id);
        assertThat(row.plannedHours()).isEqualTo(72);
        assertThat(row.archived()).isFalse();
        assertThat(countOf(s, false)).isEqualTo(1);
    }

    @Test
    void R2_a_new_assignment_is_listed_by_term_group_and_teacher_and_reaches_the_teachers_journals() throws Exception {
        Setup s = setup();
        long id = created(s);
        mvc.perform(get("/admin/assignments")
                        .param("group", String.valueOf(s.group()))
                        .session(admin))
                .andExpect(content().string(containsString("Нагрузочная дисциплина")))
                .andExpect(content().string(containsString("Нагрузкина В. П.")))
                .andExpect(content().string(containsString("Найдено: 1")));
        assertThat(assignments
                        .find(
                                institution,
                                new AssignmentFilter(term, null, s.teacher(), false),
                                ListQuery.of("", null, "asc", 0, AssignmentRecords.SORTS))
                        .getContent())
                .extracting(AssignmentRow::id)
                .containsExactly(id);
        assertThat(load.ofTeacher(s.teacher(), term))
                .extracting(AssignmentView::id)
                .containsExactly(id);
    }

    @Test
    void a_duplicate_assignment_is_refused_in_russian_and_saves_nothing() throws Exception {
        Setup s = setup();
        created(s);
        Setup twin = new Setup(s.group(), s.subject(), teacher("Двойникова"));
        create(twin, "36")
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Поле «Дисциплина»: у этой группы (подгруппы) уже есть нагрузка по этой дисциплине в этом семестре.")));
        assertThat(countOf(s, false)).isEqualTo(1);
    }

    @Test
    void planned_hours_of_zero_or_below_an_unknown_group_or_no_teacher_are_refused_naming_the_field() throws Exception {
        Setup s = setup();
        create(s, "0")
                .andExpect(content().string(containsString("Поле «Часов по плану»: нужно целое число больше нуля.")));
        create(s, "-4")
                .andExpect(content().string(containsString("Поле «Часов по плану»: нужно целое число больше нуля.")));
        create(new Setup(999_999_999L, s.subject(), s.teacher()), "10")
                .andExpect(content().string(containsString("Поле «Группа»: такой группы нет или она в архиве.")));
        mvc.perform(post("/admin/assignments/new")
                        .session(admin)
                        .with(csrf())
                        .param("termId", String.valueOf(term))
                        .param("groupId", String.valueOf(s.group()))
                        .param("subjectId", String.valueOf(s.subject()))
                        .param("plannedHours", "10"))
                .andExpect(content().string(containsString("Поле «Преподаватель» не заполнено.")));
        assertThat(countOf(s, false)).isZero();
    }

    @Test
    void R2_a_change_of_teacher_moves_the_same_journal_and_a_stale_change_gets_a_conflict_message() throws Exception {
        Setup s = setup();
        long id = created(s);
        long version = assignments.row(institution, id).version();
        long successor = teacher("Преемникова");
        mvc.perform(post("/admin/assignments/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("teacherStaffId", String.valueOf(successor))
                        .param("plannedHours", "80")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(load.ofTeacher(successor, term))
                .extracting(AssignmentView::id)
                .containsExactly(id);
        assertThat(load.ofTeacher(s.teacher(), term)).isEmpty();
        mvc.perform(post("/admin/assignments/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("teacherStaffId", String.valueOf(s.teacher()))
                        .param("plannedHours", "10")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("изменил кто-то другой")));
        mvc.perform(post("/admin/assignments/" + id)
                        .session(admin)
                        .with(csrf())
                        .param("teacherStaffId", String.valueOf(successor))
                        .param("plannedHours", "0")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(content().string(containsString("Поле «Часов по плану»")));
        AssignmentRow row = assignments.row(institution, id);
        assertThat(row.teacherStaffId()).isEqualTo(successor);
        assertThat(row.plannedHours()).isEqualTo(80);
    }

    @Test
    void R1_an_archived_assignment_leaves_the_lists_and_the_teachers_journals_and_can_come_back() throws Exception {
        Setup s = setup();
        long id = created(s);
        mvc.perform(post("/admin/assignments/" + id + "/archive")
                        .session(admin)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(assignments.row(institution, id).version())))
                .andExpect(flash().attribute("notice", "assignment.archived"));
        assertThat(countOf(s, false)).isZero();
        assertThat(countOf(s, true)).isEqualTo(1);
        assertThat(load.ofTeacher(s.teacher(), term)).isEmpty();
        assertThat(load.assignment(institution, id)).isPresent();
        long replacement = created(s);
        mvc.perform(post("/admin/assignments/" + id + "/restore")
                        .session(admin)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(assignments.row(institution, id).version())))
                .andExpect(flash().attribute("problem", "assignment.duplicate"));
        mvc.perform(post("/admin/assignments/" + replacement + "/archive")
                        .session(admin)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(assignments
                                        .row(institution, replacement)
                                        .version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/assignments/" + id + "/restore")
                        .session(admin)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(assignments.row(institution, id).version())))
                .andExpect(flash().attribute("notice", "assignment.restored"));
        assertThat(load.ofTeacher(s.teacher(), term))
                .extracting(AssignmentView::id)
                .containsExactly(id);
    }
}
