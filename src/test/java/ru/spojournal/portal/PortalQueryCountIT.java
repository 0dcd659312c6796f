package ru.spojournal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewAccount;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.platform.security.Role;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * DESIGN §6: the student's home page costs the same number of statements for a student with
 * months of marks, absences and homework as for a new student with none.
 */
@IntegrationTest
class PortalQueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    Colleges colleges;

    @Autowired
    PortalFixtures portal;

    @Autowired
    PeopleAdmin people;

    @Autowired
    AccountAdmin accounts;

    @Test
    void the_student_home_reads_a_constant_number_of_statements() throws Exception {
        College college = colleges.create(1);
        // Weeks of marks, absences and homework for the one student the college starts with.
        for (int week = 0; week < 6; week++) {
            java.time.LocalDate day = college.today().minusWeeks(week);
            portal.lessonWithHomeworkAndMarks(mvc, college, day);
            long lesson = portal.lesson(mvc, college, day.minusDays(1));
            portal.absent(mvc, college, lesson, college.students().get(0).id(), day.minusDays(1));
        }
        long inst = college.institutionId();
        long studentId = people.createStudent(
                inst,
                new NewPerson(new PersonName("Новикова", "Алиса", "Петровна"), Sex.F, null, null, null),
                college.groupId(),
                null,
                null);
        String login = "new.student." + System.nanoTime() % 100000;
        accounts.createAccountWithHash(
                inst,
                new NewAccount(login, people.personOfStudent(studentId), Set.of(Role.STUDENT)),
                accounts.hash("Parol2026"),
                false);
        MockHttpSession fresh = Logins.session(mvc, login, "Parol2026");
        MockHttpSession busy = Logins.session(mvc, college.students().get(0));
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        for (String path : List.of("/student", "/student/marks", "/student/attendance", "/student/homework")) {
            long few = count(stats, fresh, path);
            long many = count(stats, busy, path);
            assertThat(many).as(path).isEqualTo(few).isLessThan(30);
        }
    }

    /**
     * Statements of one page view. Statistics count every thread, and listeners of earlier events
     * may run meanwhile, so the fewest of three views is taken.
     */
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
