package ru.spojournal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.domain.ParentRecords;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewSubject;
import ru.spojournal.structure.SubjectKind;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import ru.spojournal.teaching.domain.AssignmentCommand;
import ru.spojournal.teaching.domain.AssignmentRecords;

/**
 * DESIGN §6: the administrator's lists of students, parents and the teaching load read the same
 * number of statements for a group of one as for a group of twelve with parents and assignments.
 */
@IntegrationTest
class PeopleAdminQueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures fixtures;

    @Autowired
    StudentRoll students;

    @Autowired
    ParentRecords parents;

    @Autowired
    StaffRecords staff;

    @Autowired
    AssignmentRecords assignments;

    @Autowired
    StructureAdmin structureAdmin;

    @Test
    void the_lists_of_students_parents_and_assignments_read_a_constant_number_of_statements() throws Exception {
        College college = colleges.create(1);
        String tag = "Счётов" + System.nanoTime() % 100000;
        long small = fixtures.group(college);
        long big = fixtures.group(college);
        fill(college, small, 1, tag + "а");
        fill(college, big, 12, tag + "б");
        MockHttpSession admin = Logins.session(mvc, college.admin());
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        assertThat(count(stats, admin, "/admin/students?group=" + big))
                .isEqualTo(count(stats, admin, "/admin/students?group=" + small))
                .isLessThan(30);
        assertThat(count(stats, admin, "/admin/parents?q=" + tag + "б"))
                .isEqualTo(count(stats, admin, "/admin/parents?q=" + tag + "а"))
                .isLessThan(30);
        assertThat(count(stats, admin, "/admin/assignments?group=" + big))
                .isEqualTo(count(stats, admin, "/admin/assignments?group=" + small))
                .isLessThan(30);
        assertThat(count(stats, admin, "/admin/staff?q=" + tag + "б"))
                .isEqualTo(count(stats, admin, "/admin/staff?q=" + tag + "а"))
                .isLessThan(30);
    }

    /** Students with a parent each, staff teaching each a subject of its own to the group. */
    private void fill(College college, long group, int size, String surname) {
        long inst = college.institutionId();
        long term = college.termId();
        for (int i = 0; i < size; i++) {
            long student = students.create(
                    inst,
                    new NewPerson(new PersonName(surname, "Ян", null), Sex.M, null, null, null),
                    group,
                    null,
                    LocalDate.of(2026, 9, 1));
            parents.createFor(
                    inst,
                    new NewPerson(new PersonName(surname, "Ева", null), Sex.F, null, null, null),
                    student,
                    Relation.MOTHER);
            long teacher = staff.create(
                    inst, new NewPerson(new PersonName(surname, "Ия", null), Sex.F, null, null, null), "Преподаватель");
            long subject = structureAdmin.createSubject(
                    inst,
                    new NewSubject(
                            "ОП.1" + i,
                            "Счётная дисциплина " + System.nanoTime() % 1_000_000,
                            SubjectKind.DISCIPLINE,
                            null));
            assignments.create(inst, new AssignmentCommand(teacher, group, null, subject, term, 36));
        }
    }

    /** Statements of one page view; the fewest of three, as listeners of earlier events may run meanwhile. */
    private long count(Statistics stats, MockHttpSession session, String path) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            assertThat(mvc.perform(get(path).session(session))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
        }
        return fewest;
    }
}
