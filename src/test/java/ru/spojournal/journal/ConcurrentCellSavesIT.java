package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;

/**
 * A teacher typing faster than the server answers sends the saves of many cells at once. Saves of
 * different cells never conflict with one another: only a change of the same cell by someone else
 * is a conflict (409), and nothing typed is lost (R1, R3).
 */
@IntegrationTest
class ConcurrentCellSavesIT {

    private static final int ROUNDS = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Test
    void R3_concurrent_first_attendance_saves_of_one_lesson_for_different_students_all_succeed() throws Exception {
        College college = colleges.create(12);
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        long journal = college.journalId();
        List<Long> students =
                college.students().stream().map(s -> s.id()).limit(12).toList();
        assertThat(students).hasSizeGreaterThanOrEqualTo(8);
        // Several fresh lessons: each one's first attendance saves are the ones that race.
        for (int round = 0; round < ROUNDS; round++) {
            long lessonId = lesson(college, teacher, round + 1);
            List<MockHttpServletResponse> answers = all(
                    students.size(),
                    i -> put("/api/v1/journals/" + journal + "/attendance")
                            .session(teacher)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"lessonId\":" + lessonId + ",\"studentId\":" + students.get(i)
                                    + ",\"kind\":\"ABSENT\",\"hours\":" + (i % 2 == 0 ? "null" : "1") + "}"));
            for (MockHttpServletResponse answer : answers) {
                assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
            }
            String data = mvc.perform(get("/api/v1/journals/" + journal).session(teacher))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            List<Object> recorded = JsonPath.read(data, "$.attendance[?(@.lessonId == " + lessonId + ")]");
            assertThat(recorded).hasSize(students.size());
            List<Object> taken = JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].attendanceTakenAt");
            assertThat(taken).hasSize(1).doesNotContainNull();
        }
    }

    @Test
    void R3_concurrent_marks_and_absences_of_one_lesson_all_land() throws Exception {
        College college = colleges.create(10);
        MockHttpSession teacher = Logins.session(mvc, college.teacher());
        long journal = college.journalId();
        List<Long> students =
                college.students().stream().map(s -> s.id()).limit(10).toList();
        long lessonId = lesson(college, teacher, 1);
        String data = mvc.perform(get("/api/v1/journals/" + journal).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long column = ((Number)
                        ((List<?>) JsonPath.read(data, "$.lessons[?(@.id == " + lessonId + ")].columns[0].id")).get(0))
                .longValue();
        List<MockHttpServletResponse> answers = all(
                students.size() * 2,
                i -> i % 2 == 0
                        ? put("/api/v1/journals/" + journal + "/marks")
                                .session(teacher)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"columnId\":" + column + ",\"studentId\":" + students.get(i / 2)
                                        + ",\"value\":\"" + (2 + i / 2 % 4) + "\"}")
                        : put("/api/v1/journals/" + journal + "/attendance")
                                .session(teacher)
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"lessonId\":" + lessonId + ",\"studentId\":" + students.get(i / 2)
                                        + ",\"kind\":\"LATE\"}"));
        for (MockHttpServletResponse answer : answers) {
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        }
        data = mvc.perform(get("/api/v1/journals/" + journal).session(teacher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<?>) JsonPath.read(data, "$.marks[?(@.columnId == " + column + ")]"))
                .hasSize(students.size());
        assertThat((List<?>) JsonPath.read(data, "$.attendance[?(@.lessonId == " + lessonId + ")]"))
                .hasSize(students.size());
    }

    private long lesson(College college, MockHttpSession teacher, int period) throws Exception {
        String answer = mvc.perform(post("/api/v1/journals/" + college.journalId() + "/lessons")
                        .session(teacher)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + college.today() + "\",\"periodNumber\":" + period
                                + ",\"hours\":2,\"topic\":\"Сплавы железа\",\"columns\":[{\"workTypeId\":null}]}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    interface RequestOf {
        org.springframework.test.web.servlet.RequestBuilder build(int i);
    }

    /** Sends the requests from as many threads, all let go at the same instant. */
    private List<MockHttpServletResponse> all(int count, RequestOf request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier start = new CyclicBarrier(count);
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<MockHttpServletResponse> call = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return mvc.perform(request.build(n)).andReturn().getResponse();
                };
                futures.add(pool.submit(call));
            }
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
