package ru.spojournal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.people.GuardianView;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.Sex;
import ru.spojournal.people.StudentView;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.teaching.TeachingLoad;

/** The demo college looks like a real Russian technical school. */
@IntegrationTest
class DemoCollegeIT {

    @Autowired
    CollegeStructure structure;

    @Autowired
    AcademicCalendar calendar;

    @Autowired
    PeopleDirectory people;

    @Autowired
    TeachingLoad load;

    @Autowired
    ru.spojournal.teaching.Timetable timetable;

    private long demo() {
        return structure.institutionByCode("demo").orElseThrow().id();
    }

    @Test
    void has_two_departments_with_heads_and_six_groups_named_as_colleges_name_them() {
        long inst = demo();
        assertThat(structure.institution(inst).zone().getId()).isEqualTo("Asia/Novokuznetsk");
        // Other tests add departments of their own to the demo college; the demo's are the two named ones.
        List<String> demoDepartments =
                List.of("Металлургическое отделение", "Отделение информационных технологий и экономики");
        assertThat(structure.departments(inst))
                .filteredOn(d -> demoDepartments.contains(d.name()))
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.headStaffId()).isNotNull());
        assertThat(structure.departments(inst))
                .extracting(d -> d.name())
                .doesNotContain("Энергомеханическое отделение", "Строительное отделение");
        List<GroupView> groups = structure.groups(inst);
        assertThat(groups).hasSizeGreaterThanOrEqualTo(6);
        assertThat(groups)
                .filteredOn(g -> g.name().matches("[А-Я]{2,3}-\\d{2}-\\d"))
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(groups).extracting(GroupView::specialtyCode).contains("22.02.05", "22.02.01", "09.02.07");
        assertThat(groups)
                .filteredOn(g -> g.name().matches("[А-Я]{2,3}-\\d{2}-\\d"))
                .allSatisfy(g -> assertThat(g.curatorStaffId()).isNotNull());
    }

    @Test
    void fills_a_week_of_timetable() {
        long inst = structure.institutionByCode("demo").orElseThrow().id();
        java.time.LocalDate today = calendar.today(inst);
        long term = calendar.termAt(inst, today).orElseThrow().id();
        assertThat(timetable.forAssignments(inst, load.ofInstitution(inst, term), today.minusDays(6), today))
                .hasSizeGreaterThan(50);
    }

    @Test
    void has_an_academic_year_with_two_terms_and_the_bells_of_pary() {
        long inst = demo();
        // Other tests add years of their own (long past) to the demo college.
        assertThat(calendar.terms(inst))
                .filteredOn(t -> t.academicYearName().equals("2026/2027"))
                .extracting(t -> t.number())
                .containsExactly(1, 2);
        assertThat(calendar.periods(inst, java.time.DayOfWeek.MONDAY)).hasSize(5);
        assertThat(calendar.periods(inst, java.time.DayOfWeek.SATURDAY)).hasSize(4);
        assertThat(calendar.periods(inst, java.time.DayOfWeek.MONDAY).get(0).start())
                .hasToString("08:30");
    }

    @Test
    void students_have_full_russian_names_and_parents_who_share_them() {
        long inst = demo();
        List<Long> groupIds = structure.groups(inst).stream()
                .filter(g -> g.name().matches("[А-Я]{2,3}-\\d{2}-\\d"))
                .map(GroupView::id)
                .toList();
        List<StudentView> students = people.studentsOfGroups(groupIds);
        assertThat(students).hasSizeBetween(120, 180);
        assertThat(students).allSatisfy(s -> assertThat(s.name().middleName()).matches(".+(вич|вна|ич|на)"));
        List<GuardianView> guardians =
                people.guardiansOf(students.stream().map(StudentView::id).toList());
        assertThat(guardians.stream().map(GuardianView::studentId).distinct().count())
                .isEqualTo(students.size());
        for (GuardianView g : guardians) {
            StudentView child = students.stream()
                    .filter(s -> s.id().equals(g.studentId()))
                    .findFirst()
                    .orElseThrow();
            String familyStem = child.name().lastName().replaceAll("(а|ая|ий|ой|ый)$", "");
            assertThat(g.name().lastName())
                    .as(g.name().full() + " / " + child.name().full())
                    .startsWith(familyStem);
            if (g.relation() == ru.spojournal.people.Relation.FATHER) {
                assertThat(child.name().middleName())
                        .startsWith(g.name().firstName().substring(0, 2));
            }
        }
    }

    @Test
    void every_group_has_teachers_for_the_current_term() {
        long inst = demo();
        long term = calendar.currentTerm(inst).orElseThrow().id();
        for (GroupView g : structure.groups(inst)) {
            if (g.name().matches("[А-Я]{2,3}-\\d{2}-\\d")) {
                assertThat(load.ofGroups(List.of(g.id()), term)).as(g.name()).hasSizeGreaterThan(5);
            }
        }
    }

    @Test
    void the_demo_parent_has_two_children_in_different_groups() throws Exception {
        Long parentId = people
                .studentsOfGroups(
                        structure.groups(demo()).stream().map(GroupView::id).toList())
                .stream()
                .flatMap(s -> people.guardiansOf(List.of(s.id())).stream())
                .filter(g -> people.childrenOf(g.parentId()).size() == 2)
                .map(GuardianView::parentId)
                .findFirst()
                .orElseThrow();
        List<StudentView> children = people.studentsByIds(people.childrenOf(parentId));
        assertThat(children).extracting(StudentView::groupId).doesNotHaveDuplicates();
        assertThat(children.get(0).name().middleName().substring(0, 3))
                .isEqualTo(children.get(1).name().middleName().substring(0, 3));
        assertThat(Sex.values()).isNotEmpty();
    }
}
