package ru.spojournal.yearopening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.MovementKind;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentStatus;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.structure.TermView;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.TeachingLoad;
import ru.spojournal.yearopening.domain.YearOpening;
import ru.spojournal.yearopening.domain.YearPlan;
import ru.spojournal.yearopening.domain.YearPreview;

/**
 * R14: the administrator opens the next academic year from the current one. Every test, the
 * previews included, runs on a college of its own: a generated demo college where the groups of a
 * whole college matter, a small one ({@link Colleges}) where only its staff or its year do.
 */
@IntegrationTest
class YearOpeningIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    YearOpening opening;

    @Autowired
    YearOpeningFixtures fixtures;

    @Autowired
    Colleges colleges;

    @Autowired
    AcademicCalendar calendar;

    @Autowired
    CollegeStructure structure;

    @Autowired
    PeopleDirectory people;

    @Autowired
    TeachingLoad load;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void the_wizard_shows_the_demo_colleges_next_year_and_changes_nothing() throws Exception {
        long college = fixtures.college();
        int terms = calendar.terms(college).size();
        MockHttpSession admin = Logins.session(mvc, fixtures.adminOf(college), YearOpeningFixtures.PASSWORD);
        String page = mvc.perform(get("/admin/year-opening").session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "2027/2028",
                        "ОМД-26-1",
                        "1 → 2",
                        "ИСП-24-1",
                        "3 → 4",
                        "— 09.02.07 Информационные системы и программирование</li>",
                        "2027-09-01",
                        "на проверку");
        assertThat(page).containsPattern(" — 22\\.02\\.05 [^<]+</li>");
        assertThat(calendar.terms(college)).hasSize(terms);
        assertThat(structure.groups(college)).extracting(GroupView::name).doesNotContain("ОМД-27-1");
    }

    @Test
    void the_preview_lists_the_groups_moving_graduating_and_new_with_their_counts() {
        long college = fixtures.college();
        YearPreview preview = opening.preview(college, opening.propose(college));
        assertThat(preview.sourceYearName()).isEqualTo("2026/2027");
        assertThat(preview.moving())
                .extracting(m -> m.name() + ":" + m.fromCourse() + "→" + m.toCourse())
                .containsExactlyInAnyOrder(
                        "ОМД-26-1:1→2", "ОМД-24-1:3→4", "МЧМ-25-1:2→3", "ИСП-26-1:1→2", "ИСП-25-1:2→3", "ИСП-24-1:3→4");
        assertThat(preview.graduating())
                .extracting(g -> g.name() + ":" + g.students())
                .containsExactly("ОМД-23-1:3");
        assertThat(preview.graduatingStudents()).isEqualTo(3);
        assertThat(preview.newGroups())
                .extracting(YearPreview.NewGroup::name)
                .containsExactlyInAnyOrder("ОМД-27-1", "ИСП-27-1");
        long term = calendar.currentTerm(college).orElseThrow().id();
        assertThat(preview.carried()).hasSize(load.ofInstitution(college, term).size());
        assertThat(preview.problems()).isEmpty();
    }

    @Test
    void opening_the_year_moves_groups_up_graduates_the_final_course_and_carries_the_load() throws Exception {
        long college = fixtures.college();
        long graduatingGroup = fixtures.group(college, "ОМД-23-1").id();
        List<Long> graduates = people.studentsOfGroups(List.of(graduatingGroup)).stream()
                .map(StudentView::id)
                .toList();
        Map<String, Integer> coursesBefore = courses(college);
        int assignmentsBefore = load.ofInstitution(
                        college, calendar.currentTerm(college).orElseThrow().id())
                .size();
        MockHttpSession admin = Logins.session(mvc, fixtures.adminOf(college), YearOpeningFixtures.PASSWORD);

        String page = mvc.perform(post("/admin/year-opening")
                        .session(admin)
                        .with(csrf())
                        .params(YearOpeningFixtures.params(opening.propose(college))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Учебный год 2027/2028 открыт.");
        Map<String, Integer> coursesAfter = courses(college);
        coursesBefore.forEach((name, course) -> {
            if (!name.equals("ОМД-23-1")) {
                assertThat(coursesAfter.get(name)).as(name).isEqualTo(course + 1);
            }
        });
        assertThat(coursesAfter)
                .doesNotContainKey("ОМД-23-1")
                .containsEntry("ОМД-27-1", 1)
                .containsEntry("ИСП-27-1", 1);
        assertThat(fixtures.group(college, "ОМД-27-1").admissionYear()).isEqualTo(2027);
        for (long student : graduates) {
            assertThat(people.student(college, student).orElseThrow().status()).isEqualTo(StudentStatus.GRADUATED);
            assertThat(people.history(student)).extracting(m -> m.kind()).containsOnlyOnce(MovementKind.GRADUATION);
        }
        List<TermView> newTerms = calendar.terms(college).stream()
                .filter(t -> t.academicYearName().equals("2027/2028"))
                .toList();
        assertThat(newTerms).extracting(TermView::number).containsExactly(1, 2);
        assertThat(newTerms.get(0).startDate()).hasToString("2027-09-01");
        assertThat(load.ofInstitution(college, newTerms.get(0).id())).hasSize(assignmentsBefore);
        assertThat(page).contains("на проверку");
    }

    @Test
    void opening_the_same_year_twice_is_refused() throws Exception {
        long college = fixtures.college();
        YearPlan plan = opening.propose(college);
        opening.open(college, plan, null);
        int groups = structure.groups(college).size();

        assertThatThrownBy(() -> opening.open(college, plan, null))
                .isInstanceOfSatisfying(
                        FieldRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("yearOpening.year.opened"));
        MockHttpSession admin = Logins.session(mvc, fixtures.adminOf(college), YearOpeningFixtures.PASSWORD);
        mvc.perform(post("/admin/year-opening").session(admin).with(csrf()).params(YearOpeningFixtures.params(plan)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Учебный год 2027/2028 уже открыт: повторно открыть его нельзя.")));
        assertThat(structure.groups(college)).hasSize(groups);
        assertThat(calendar.academicYears(college)).hasSize(2);
    }

    @Test
    void a_new_group_named_as_an_existing_one_stops_the_opening_midway_and_nothing_is_saved() throws Exception {
        long college = fixtures.college();
        Map<String, Integer> coursesBefore = courses(college);
        long graduatingGroup = fixtures.group(college, "ОМД-23-1").id();
        int studying = people.studentsOfGroups(List.of(graduatingGroup)).size();
        int assignments = load.allOf(college).size();
        YearPlan clashing = YearOpeningFixtures.renamed(opening.propose(college), 0, "ОМД-24-1");
        MockHttpSession admin = Logins.session(mvc, fixtures.adminOf(college), YearOpeningFixtures.PASSWORD);

        String page = mvc.perform(post("/admin/year-opening")
                        .session(admin)
                        .with(csrf())
                        .params(YearOpeningFixtures.params(clashing)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Учебный год не открыт, ничего не изменено.", "Группа «ОМД-24-1» уже есть.");
        assertThat(courses(college)).isEqualTo(coursesBefore);
        assertThat(people.studentsOfGroups(List.of(graduatingGroup))).hasSize(studying);
        assertThat(calendar.academicYears(college)).hasSize(1);
        assertThat(load.allOf(college)).hasSize(assignments);
    }

    @Test
    void an_empty_date_is_named_and_the_recount_changes_nothing() throws Exception {
        College college = colleges.create(1);
        long inst = college.institutionId();
        int years = calendar.academicYears(inst).size();
        var params = YearOpeningFixtures.params(opening.propose(inst));
        params.set("startDate", "");
        params.set("terms[0].name", " ");
        mvc.perform(post("/admin/year-opening/preview")
                        .session(Logins.session(mvc, college.admin()))
                        .with(csrf())
                        .params(params))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Поле «Начало учебного года» не заполнено."),
                                org.hamcrest.Matchers.containsString("Название 1-го семестра не заполнено."))));
        assertThat(calendar.academicYears(inst)).hasSize(years);
    }

    @Test
    void the_wizard_reads_as_many_statements_for_six_groups_as_for_one() throws Exception {
        MockHttpSession few =
                Logins.session(mvc, fixtures.adminOf(fixtures.smallCollege(1)), YearOpeningFixtures.PASSWORD);
        MockHttpSession many =
                Logins.session(mvc, fixtures.adminOf(fixtures.smallCollege(6)), YearOpeningFixtures.PASSWORD);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        assertThat(statements(stats, many)).isEqualTo(statements(stats, few)).isLessThan(40);
    }

    /** The fewest statements of three views: statistics count every thread, listeners included. */
    private long statements(Statistics stats, MockHttpSession session) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            mvc.perform(get("/admin/year-opening").session(session)).andExpect(status().isOk());
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
        }
        return fewest;
    }

    @Test
    void teachers_curators_and_deputies_may_neither_see_nor_open_the_year() throws Exception {
        College college = colleges.create(1);
        int years = calendar.academicYears(college.institutionId()).size();
        for (String post : List.of("teacher", "curator", "deputy")) {
            MockHttpSession session = Logins.session(mvc, college.member(post));
            mvc.perform(get("/admin/year-opening").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/year-opening")
                            .session(session)
                            .with(csrf())
                            .param("yearName", "2027/2028"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/year-opening/preview").session(session).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(calendar.academicYears(college.institutionId()))
                .hasSize(years)
                .extracting(y -> y.name())
                .doesNotContain("2027/2028");
    }

    private Map<String, Integer> courses(long college) {
        return structure.groups(college).stream().collect(Collectors.toMap(GroupView::name, GroupView::course));
    }
}
