package ru.spojournal.journal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.journal.AttendanceKind;
import ru.spojournal.journal.JournalBulkLoad;
import ru.spojournal.journal.JournalBulkLoad.AbsenceSeed;
import ru.spojournal.journal.JournalBulkLoad.ColumnSeed;
import ru.spojournal.journal.JournalBulkLoad.LessonSeed;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleCommands.NewPerson;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Sex;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.structure.StructureCommands.NewGroup;
import ru.spojournal.structure.TermView;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import ru.spojournal.support.StatementCounter;
import ru.spojournal.teaching.TeachingAdmin;

/**
 * DESIGN §6: the journal page reads a constant number of SQL statements, whatever the number of
 * students and lessons: 30 students × 80 lessons cost what 3 students × 2 lessons cost.
 */
@IntegrationTest
class JournalQueryCountIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    Colleges colleges;

    @Autowired
    StructureAdmin structureAdmin;

    @Autowired
    AcademicCalendar calendar;

    @Autowired
    PeopleAdmin people;

    @Autowired
    TeachingAdmin teaching;

    @Autowired
    JournalBulkLoad bulk;

    @Autowired
    MarkColumnRepository columns;

    @Autowired
    MarkRepository marks;

    @Test
    void the_journal_page_costs_the_same_number_of_queries_for_30_by_80_as_for_3_by_2() throws Exception {
        College college = colleges.create(1);
        long small = journal(college, "ЗАМ-1", 3, 2);
        long large = journal(college, "ЗАМ-2", 30, 80);
        MockHttpSession session = Logins.session(mvc, college.teacher());
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();

        long pageSmall = count(stats, session, "/journal/" + small);
        long pageLarge = count(stats, session, "/journal/" + large);
        long apiSmall = count(stats, session, "/api/v1/journals/" + small);
        long apiLarge = count(stats, session, "/api/v1/journals/" + large);

        assertThat(pageLarge).isEqualTo(pageSmall).isLessThan(25);
        assertThat(apiLarge).isEqualTo(apiSmall);
        String html = mvc.perform(get("/journal/" + large).session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html.split("<tr data-student=", -1)).hasSize(31);
    }

    /**
     * A cell's save checks access from the facts of that cell alone (R7, R8), so it costs the same
     * in a journal of 30 students and 80 lessons as in one of 3 students and 2 lessons.
     */
    @Test
    void a_mark_save_costs_the_same_number_of_queries_whatever_the_journals_size() throws Exception {
        College college = colleges.create(1);
        long small = journal(college, "ЗАМ-3", 5, 3);
        long large = journal(college, "ЗАМ-4", 30, 80);
        MockHttpSession session = Logins.session(mvc, college.teacher());

        saveCount(session, small); // the first save of a session warms what every later one reuses
        long saveSmall = saveCount(session, small);
        long saveLarge = saveCount(session, large);

        assertThat(saveLarge).isEqualTo(saveSmall).isLessThan(20);
    }

    /**
     * Statements the request of saving a mark in an empty cell issues, a late entry with its reason
     * (R5); the least of three cells, since now and then a save also fetches the next block of ids
     * from the sequence, whatever the journal's size.
     */
    private long saveCount(MockHttpSession session, long assignmentId) throws Exception {
        List<Mark> all = marks.ofJournal(assignmentId);
        List<Long> students = all.stream().map(Mark::getStudentId).distinct().toList();
        List<long[]> empty = new ArrayList<>();
        for (MarkColumn column : columns.ofJournal(assignmentId)) {
            for (Long student : students) {
                if (empty.size() < 3
                        && all.stream()
                                .noneMatch(m -> m.getColumnId().equals(column.getId())
                                        && m.getStudentId().equals(student))) {
                    empty.add(new long[] {column.getId(), student});
                }
            }
        }
        assertThat(empty).hasSize(3);
        long least = Long.MAX_VALUE;
        for (long[] cell : empty) {
            StatementCounter.reset();
            int status = mvc.perform(put("/api/v1/journals/" + assignmentId + "/marks")
                            .session(session)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"columnId\":" + cell[0] + ",\"studentId\":" + cell[1]
                                    + ",\"value\":\"5\",\"reason\":\"Журнал был недоступен\"}"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(200);
            least = Math.min(least, StatementCounter.count());
        }
        return least;
    }

    /** Statements of one view; the fewest of three, as listeners on other threads may add some meanwhile. */
    private long count(Statistics stats, MockHttpSession session, String path) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            int status = mvc.perform(get(path).session(session))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(200);
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
        }
        return fewest;
    }

    /** A journal of the college's teacher for a new group of the college, filled in at once. */
    private long journal(College college, String groupName, int students, int lessons) {
        long inst = college.institutionId();
        TermView term = calendar.term(inst, college.termId()).orElseThrow();
        String name = groupName + "-" + System.nanoTime() % 10000;
        long groupId = structureAdmin.createGroup(
                inst,
                new NewGroup(
                        name,
                        college.specialtyId(),
                        college.departmentId(),
                        1,
                        term.startDate().getMonthValue() >= 8
                                ? term.startDate().getYear()
                                : term.startDate().getYear() - 1,
                        null));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            ids.add(people.createStudent(
                    inst,
                    new NewPerson(
                            new PersonName("Замеров-" + name + "-" + i, "Иван", "Иванович"), Sex.M, null, null, null),
                    groupId,
                    null,
                    null));
        }
        long assignmentId =
                teaching.assign(inst, college.teacher().id(), groupId, null, college.subjectId(), term.id(), 200);
        List<LessonSeed> seeds = new ArrayList<>();
        LocalDate day = term.startDate();
        for (int l = 0; l < lessons; l++) {
            Map<Long, String> marks = new HashMap<>();
            Map<Long, AbsenceSeed> absences = new HashMap<>();
            for (int s = 0; s < ids.size(); s++) {
                if ((s + l) % 3 == 0) {
                    marks.put(ids.get(s), String.valueOf(2 + (s + l) % 4));
                } else if ((s + l) % 11 == 0) {
                    absences.put(ids.get(s), new AbsenceSeed(AttendanceKind.ABSENT, 2, null));
                }
            }
            seeds.add(new LessonSeed(
                    assignmentId,
                    day.plusDays(l % 70),
                    1 + l / 70,
                    2,
                    "Тема " + l,
                    "LECTURE",
                    "§" + l,
                    List.of(new ColumnSeed("ORAL", null, marks)),
                    absences,
                    Instant.now(),
                    1L));
        }
        bulk.load(inst, seeds);
        return assignmentId;
    }
}
