package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.people.StudentView;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * R1: the history of a lesson names whose cell changed and in which column (the kind of work),
 * and reads a constant number of SQL statements however many changes it lists (DESIGN §6).
 */
@IntegrationTest
class LessonHistoryPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JournalFixtures fixtures;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JournalSettings settings;

    @Test
    void R1_the_lesson_history_names_the_student_and_the_kind_of_work_of_each_change() throws Exception {
        JournalFixtures.Journal journal = fixtures.journal("ОМД-26-1");
        MockHttpSession teacher = Logins.session(mvc, journal.teacher().login(), JournalFixtures.PASSWORD);
        long lesson = lesson(journal, teacher, 1);
        List<Long> columns = columns(journal, teacher, lesson);
        StudentView first = journal.students().get(0);
        StudentView second = journal.students().get(1);
        mark(journal, teacher, columns.get(1), first.id(), "5");
        absent(journal, teacher, lesson, second.id());

        String html = mvc.perform(get("/journal/" + journal.id() + "/lessons/" + lesson + "/history")
                        .session(teacher))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(first.name().full())
                .contains(second.name().full())
                .contains("<span class=\"column\">Практическая работа №3</span>");
        String api = mvc.perform(get("/api/v1/journals/" + journal.id() + "/lessons/" + lesson + "/history")
                        .session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(api, "$[?(@.kind == 'MARK')].columnName"))
                .containsExactly("Практическая работа №3");
        assertThat((List<String>) JsonPath.read(api, "$[?(@.kind == 'MARK')].studentName"))
                .containsExactly(first.name().full());
        assertThat((List<String>) JsonPath.read(api, "$[?(@.kind == 'ATTENDANCE')].studentName"))
                .containsExactly(second.name().full());
    }

    @Test
    void the_lesson_history_costs_the_same_number_of_queries_for_2_changes_as_for_40() throws Exception {
        JournalFixtures.Journal journal = fixtures.journal("ИСП-26-1");
        MockHttpSession teacher = Logins.session(mvc, journal.teacher().login(), JournalFixtures.PASSWORD);
        long small = lesson(journal, teacher, 1);
        long large = lesson(journal, teacher, 2);
        List<Long> smallColumns = columns(journal, teacher, small);
        List<Long> largeColumns = columns(journal, teacher, large);
        mark(journal, teacher, smallColumns.get(0), journal.students().get(0).id(), "4");
        absent(journal, teacher, small, journal.students().get(1).id());
        int students = Math.min(20, journal.students().size());
        for (int s = 0; s < students; s++) {
            mark(
                    journal,
                    teacher,
                    largeColumns.get(s % 2),
                    journal.students().get(s).id(),
                    String.valueOf(2 + s % 4));
            absent(journal, teacher, large, journal.students().get(s).id());
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long few = count(stats, teacher, "/journal/" + journal.id() + "/lessons/" + small + "/history");
        long many = count(stats, teacher, "/journal/" + journal.id() + "/lessons/" + large + "/history");
        assertThat(many).isEqualTo(few).isLessThan(15);
    }

    /** Statements of one view; the fewest of three, as listeners on other threads may add some meanwhile. */
    private long count(Statistics stats, MockHttpSession session, String path) throws Exception {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
            fewest = Math.min(fewest, stats.getPrepareStatementCount());
        }
        return fewest;
    }

    private long lesson(JournalFixtures.Journal journal, MockHttpSession teacher, int period) throws Exception {
        long oral = workType("ORAL");
        long practical = workType("PRACTICAL");
        String answer = mvc.perform(post("/api/v1/journals/" + journal.id() + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + fixtures.today() + "\",\"periodNumber\":" + period + ",\"hours\":2,"
                                + "\"topic\":\"Металлы\",\"columns\":[{\"workTypeId\":" + oral + "},{\"workTypeId\":"
                                + practical + ",\"title\":\"№3\"}]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private long workType(String code) {
        return settings.workTypes(fixtures.institution()).stream()
                .filter(w -> w.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<Long> columns(JournalFixtures.Journal journal, MockHttpSession teacher, long lesson) throws Exception {
        String data = mvc.perform(get("/api/v1/journals/" + journal.id()).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(data, "$.lessons[?(@.id == " + lesson + ")].columns[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private void mark(JournalFixtures.Journal journal, MockHttpSession teacher, long column, long student, String value)
            throws Exception {
        mvc.perform(put("/api/v1/journals/" + journal.id() + "/marks")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columnId\":" + column + ",\"studentId\":" + student + ",\"value\":\"" + value
                                + "\"}"))
                .andExpect(status().isOk());
    }

    private void absent(JournalFixtures.Journal journal, MockHttpSession teacher, long lesson, long student)
            throws Exception {
        mvc.perform(put("/api/v1/journals/" + journal.id() + "/attendance")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lessonId\":" + lesson + ",\"studentId\":" + student + ",\"kind\":\"ABSENT\"}"))
                .andExpect(status().isOk());
    }
}
