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
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.Colleges.Member;
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
    Colleges colleges;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JournalSettings settings;

    @Test
    void R1_the_lesson_history_names_the_student_and_the_kind_of_work_of_each_change() throws Exception {
        College college = colleges.create(2);
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        long lesson = lesson(college, teacher, 1);
        List<Long> columns = columns(college, teacher, lesson);
        Member first = college.students().get(0);
        Member second = college.students().get(1);
        mark(college, teacher, columns.get(1), first.id(), "5");
        absent(college, teacher, lesson, second.id());

        String html = mvc.perform(get("/journal/" + college.journalId() + "/lessons/" + lesson + "/history")
                        .session(teacher))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(first.name())
                .contains(second.name())
                .contains("<span class=\"column\">Практическая работа №3</span>");
        String api = mvc.perform(get("/api/v1/journals/" + college.journalId() + "/lessons/" + lesson + "/history")
                        .session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(api, "$[?(@.kind == 'MARK')].columnName"))
                .containsExactly("Практическая работа №3");
        assertThat((List<String>) JsonPath.read(api, "$[?(@.kind == 'MARK')].studentName"))
                .containsExactly(first.name());
        assertThat((List<String>) JsonPath.read(api, "$[?(@.kind == 'ATTENDANCE')].studentName"))
                .containsExactly(second.name());
    }

    @Test
    void the_lesson_history_costs_the_same_number_of_queries_for_2_changes_as_for_40() throws Exception {
        College college = colleges.create(20);
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        long small = lesson(college, teacher, 1);
        long large = lesson(college, teacher, 2);
        List<Long> smallColumns = columns(college, teacher, small);
        List<Long> largeColumns = columns(college, teacher, large);
        mark(college, teacher, smallColumns.get(0), college.students().get(0).id(), "4");
        absent(college, teacher, small, college.students().get(1).id());
        int students = Math.min(20, college.students().size());
        for (int s = 0; s < students; s++) {
            mark(
                    college,
                    teacher,
                    largeColumns.get(s % 2),
                    college.students().get(s).id(),
                    String.valueOf(2 + s % 4));
            absent(college, teacher, large, college.students().get(s).id());
        }
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long few = count(stats, teacher, "/journal/" + college.journalId() + "/lessons/" + small + "/history");
        long many = count(stats, teacher, "/journal/" + college.journalId() + "/lessons/" + large + "/history");
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

    private long lesson(College college, MockHttpSession teacher, int period) throws Exception {
        long oral = workType(college, "ORAL");
        long practical = workType(college, "PRACTICAL");
        String answer = mvc.perform(post("/api/v1/journals/" + college.journalId() + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + college.today() + "\",\"periodNumber\":" + period + ",\"hours\":2,"
                                + "\"topic\":\"Металлы\",\"columns\":[{\"workTypeId\":" + oral + "},{\"workTypeId\":"
                                + practical + ",\"title\":\"№3\"}]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private long workType(College college, String code) {
        return settings.workTypes(college.institutionId()).stream()
                .filter(w -> w.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private List<Long> columns(College college, MockHttpSession teacher, long lesson) throws Exception {
        String data = mvc.perform(get("/api/v1/journals/" + college.journalId()).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(data, "$.lessons[?(@.id == " + lesson + ")].columns[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private void mark(College college, MockHttpSession teacher, long column, long student, String value)
            throws Exception {
        mvc.perform(put("/api/v1/journals/" + college.journalId() + "/marks")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"columnId\":" + column + ",\"studentId\":" + student + ",\"value\":\"" + value
                                + "\"}"))
                .andExpect(status().isOk());
    }

    private void absent(College college, MockHttpSession teacher, long lesson, long student) throws Exception {
        mvc.perform(put("/api/v1/journals/" + college.journalId() + "/attendance")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lessonId\":" + lesson + ",\"studentId\":" + student + ",\"kind\":\"ABSENT\"}"))
                .andExpect(status().isOk());
    }
}
