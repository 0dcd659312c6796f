package ru.spojournal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * A day of saves leaves no backlog of event publications: every reaction to a mark (history,
 * notifications, alerts) completes within seconds after the saves stop. The journal is of a
 * college of the test's own, with a group large enough for a few hundred marks.
 */
@IntegrationTest
class EventBacklogIT {

    private static final int LESSONS = 12;
    private static final int THREADS = 4;
    private static final int STUDENTS = 18;

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublications publications;

    @Test
    void a_few_hundred_mark_saves_leave_no_incomplete_event_publication_seconds_later() throws Exception {
        College college = colleges.create(STUDENTS);
        long journal = college.journalId();
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        List<long[]> cells = new ArrayList<>();
        for (int period = 1; period <= LESSONS; period++) {
            long column = column(journal, teacher, lesson(college, teacher, period));
            college.students().forEach(s -> cells.add(new long[] {column, s.id()}));
        }
        assertThat(cells.size()).isGreaterThanOrEqualTo(200);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> answers = new ArrayList<>();
        for (long[] cell : cells) {
            answers.add(pool.submit(() -> {
                var answer = mvc.perform(put("/api/v1/journals/" + journal + "/marks")
                                .session(teacher)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"columnId\":" + cell[0] + ",\"studentId\":" + cell[1] + ",\"value\":\""
                                        + (2 + (int) (cell[1] % 4)) + "\",\"reason\":\"позже\"}"))
                        .andReturn()
                        .getResponse();
                return answer.getStatus() + " " + answer.getContentAsString();
            }));
        }
        for (Future<String> answer : answers) {
            assertThat(answer.get(120, TimeUnit.SECONDS)).startsWith("200");
        }
        pool.shutdown();

        long stopped = System.nanoTime();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(
                        () -> assertThat(publications.backlog().incomplete()).isZero());
        System.out.printf(
                "event backlog of %d mark saves cleared %d ms after the last save%n",
                cells.size(), (System.nanoTime() - stopped) / 1_000_000);
        assertThat(publications.backlog().failed()).isZero();
    }

    private long lesson(College college, MockHttpSession teacher, int period) throws Exception {
        String answer = mvc.perform(post("/api/v1/journals/" + college.journalId() + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + college.today().minusDays(period % 3) + "\",\"periodNumber\":"
                                + (period / 3 + 1) + ",\"hours\":2,\"topic\":\"Сварка\",\"reason\":\"позже\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private long column(long journal, MockHttpSession teacher, long lessonId) throws Exception {
        String data = mvc.perform(get("/api/v1/journals/" + journal).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<?> ids = JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id");
        return ((Number) ids.get(0)).longValue();
    }
}
