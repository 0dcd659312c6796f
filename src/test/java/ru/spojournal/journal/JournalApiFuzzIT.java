package ru.spojournal.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.spojournal.journal.JournalApiFuzzCalls.Call;
import ru.spojournal.journal.JournalApiFuzzCalls.Caller;
import ru.spojournal.journal.JournalApiFuzzCalls.LessonNow;
import ru.spojournal.journal.JournalApiFuzzCalls.State;
import ru.spojournal.support.Colleges;
import ru.spojournal.support.Colleges.College;
import ru.spojournal.support.IntegrationTest;
import ru.spojournal.support.Logins;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Fuzzes every endpoint of the journal API (R1, R8): a few hundred random calls, most of them
 * malformed, foreign or sent by someone who may not write. No call may fail on the server, and a
 * refused call changes nothing. After every call the journal's JSON (as its teacher reads it) and
 * every history line stored for it are compared with those before the call; only an accepted write
 * of the journal's own teacher may change them. Each lesson's history as the API shows it is
 * compared at the end of every batch of {@value #BATCH} calls (after an accepted write the lessons
 * it touched are read anew): what it shows is made of the stored lines, so a refused call that
 * changed it is already caught at that very call. A second journal of the group, whose lesson,
 * column and student ids the calls borrow, never changes. A refusal answers JSON with a Russian
 * message, and one of a readable body names the field. The seed is printed and is in every
 * failure: {@code -Djournal.fuzz.seed=N} runs another (the suite uses a fixed one), {@code -Djournal.fuzz.calls=N} makes it longer.
 * The tests after the fuzz pin down each defect it found.
 */
@IntegrationTest
class JournalApiFuzzIT {

    private static final long DEFAULT_SEED = 20261202L;

    /** Calls per run; {@code -Djournal.fuzz.calls=N} makes a longer run by hand. */
    private static final int CALLS = Integer.getInteger("journal.fuzz.calls", 300);

    private static final int BATCH = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    /** The test's own MockMvc: the same filters as the shared one, without keeping a print of every call. */
    MockMvc mvc;

    @Autowired
    Colleges colleges;

    @Autowired
    JournalTestColleges journals;

    @Autowired
    JournalSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    College college;
    JournalTestColleges.Journal foreign;
    final Map<Caller, MockHttpSession> sessions = new EnumMap<>(Caller.class);
    final Set<Long> lessonsSeen = new TreeSet<>();
    final Set<Long> columnsSeen = new TreeSet<>();
    final Set<Long> foreignLessons = new TreeSet<>();
    final Set<Long> foreignColumns = new TreeSet<>();
    LocalDate today;

    @BeforeEach
    void aJournalOfItsOwn() throws Exception {
        mvc = quietMockMvc();
        college = colleges.create(6);
        today = college.today();
        sessions.put(Caller.OWNER, Logins.session(mvc, college.teacher()));
    }

    /** A second journal of the group, everyone else signed in, and records in both journals. */
    private void anotherJournalAndEveryoneElse() throws Exception {
        foreign = journals.journal(college);
        sessions.put(Caller.OTHER_TEACHER, Logins.session(mvc, foreign.teacher()));
        sessions.put(Caller.STUDENT, Logins.session(mvc, college.students().get(0)));
        sessions.put(Caller.PARENT, Logins.session(mvc, college.parents().get(0)));
        sessions.put(Caller.CURATOR, Logins.session(mvc, college.curator()));
        sessions.put(Caller.HEAD, Logins.session(mvc, college.head()));
        sessions.put(Caller.DEPUTY, Logins.session(mvc, college.deputy()));
        Records own = new Records(college.journalId(), sessions.get(Caller.OWNER));
        own.lessonWithRecords(today, 1, null);
        own.lessonWithRecords(today.minusDays(2), 2, "Журнал был недоступен");
        own.lesson(today.plusDays(3), 1, null);
        own.delete(own.lesson(today, 3, null));
        Records other = new Records(foreign.id(), sessions.get(Caller.OTHER_TEACHER));
        foreignLessons.add(other.lessonWithRecords(today, 1, null));
        foreignColumns.addAll(columns(other.data(), foreignLessons.iterator().next()));
    }

    @Test
    void R1_R8_no_call_fails_on_the_server_and_no_refused_call_changes_the_journal() throws Exception {
        anotherJournalAndEveryoneElse();
        // A fixed seed keeps the suite's verdict repeatable; other seeds are explored by hand.
        long seed = Long.getLong("journal.fuzz.seed", DEFAULT_SEED);
        System.out.println("JournalApiFuzzIT: seed " + seed + " (repeat with -Djournal.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        long institution = college.institutionId();
        JournalApiFuzzCalls calls = new JournalApiFuzzCalls(
                random,
                new JournalApiFuzzCalls.Facts(
                        college.journalId(),
                        foreign.id(),
                        college.students().stream().map(s -> s.id()).toList(),
                        outsiders(),
                        List.copyOf(foreignLessons),
                        List.copyOf(foreignColumns),
                        settings.workTypes(institution).stream()
                                .map(WorkTypeView::id)
                                .toList(),
                        settings.lessonTypes(institution).stream()
                                .map(NamedOption::id)
                                .toList(),
                        settings.absenceReasons(institution).stream()
                                .map(AbsenceReasonView::id)
                                .toList(),
                        today));
        long started = System.nanoTime();
        Snapshot before = snapshot();
        Map<Long, String> apiHistory = apiHistory(lessonsSeen);
        String foreignHistory = storedHistory(foreign.id());
        Snapshot foreignBefore = foreignSnapshot();
        List<String> failures = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 1; i <= CALLS && failures.size() < 20; i++) {
            Call call = calls.next(state(before));
            MockHttpServletResponse response;
            try {
                response = perform(call);
            } catch (Exception e) {
                // MockMvc throws what a server would have answered with 500.
                failures.add("the server failed (500): seed " + seed + ", call " + i + ": " + call + "\n  → "
                        + rootCause(e));
                before = snapshot();
                continue;
            }
            int status = response.getStatus();
            statuses.merge(status, 1, Integer::sum);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            String where = "seed " + seed + ", call " + i + ": " + call + "\n  → " + status + " "
                    + response.getContentType() + " " + JournalApiFuzzCalls.printable(body);
            boolean accepted = status >= 200 && status < 300;
            boolean mayChange = accepted && call.writes();
            if (!accepted && (status < 400 || status >= 500)) {
                failures.add("neither accepted nor refused: " + where);
            }
            if (mayChange && call.caller() != Caller.OWNER) {
                failures.add("a write of " + call.caller() + " was accepted: " + where);
            }
            String problem = accepted ? null : problemOf(call, response, body);
            if (problem != null) {
                failures.add(problem + ": " + where);
            }
            Snapshot after = snapshot();
            if (!mayChange && !after.equals(before)) {
                failures.add("the journal changed: " + where + "\n" + after.differenceFrom(before));
            }
            if (mayChange) {
                // Only the lessons whose history lines the accepted call added show a new history.
                for (long lesson : lessonsWithNewLines(before.history(), after.history())) {
                    apiHistory.put(lesson, apiHistory(Set.of(lesson)).get(lesson));
                }
            }
            before = after;
            String foreignNow = storedHistory(foreign.id());
            if (!foreignNow.equals(foreignHistory)) {
                failures.add("the other journal's history changed: " + where);
                foreignHistory = foreignNow;
            }
            batch.add(where);
            if (i % BATCH == 0 || i == CALLS) {
                Map<Long, String> apiNow = apiHistory(lessonsSeen);
                if (!apiNow.equals(apiHistory)) {
                    failures.add("the history the API shows changed without an accepted call, in the batch:\n"
                            + String.join("\n", batch));
                }
                apiHistory = apiNow;
                Snapshot foreignAfter = foreignSnapshot();
                if (!foreignAfter.equals(foreignBefore)) {
                    failures.add("the other journal changed in the batch:\n" + String.join("\n", batch) + "\n"
                            + foreignAfter.differenceFrom(foreignBefore));
                    foreignBefore = foreignAfter;
                }
                batch.clear();
            }
        }
        System.out.println("JournalApiFuzzIT: seed " + seed + ", answers " + statuses + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    // --- what the fuzz found, each pinned down -------------------------------------------------

    @Test
    void R1_a_save_whose_caller_takes_no_json_is_refused_before_anything_is_saved() throws Exception {
        String lesson = "{\"date\":\"" + today + "\",\"hours\":2,\"topic\":\"Термическая обработка\"}";
        owner(HttpMethod.POST, "/lessons", lesson).accept("text/html").perform().andExpect(status().isNotAcceptable());
        owner(HttpMethod.POST, "/lessons", lesson)
                .accept("application/xml")
                .perform()
                .andExpect(status().isNotAcceptable());
        assertThat(storedHistory(college.journalId())).isEmpty();
        long lessonId = new Records(college.journalId(), sessions.get(Caller.OWNER)).lesson(today, 1, null);
        String before = storedHistory(college.journalId());
        owner(
                        HttpMethod.PUT,
                        "/attendance",
                        "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(0) + ",\"kind\":\"ABSENT\"}")
                .accept("text/html")
                .perform()
                .andExpect(status().isNotAcceptable());
        owner(HttpMethod.DELETE, "/lessons/" + lessonId, null)
                .accept("text/html")
                .perform()
                .andExpect(status().isNotAcceptable());
        assertThat(storedHistory(college.journalId())).isEqualTo(before);
        mvc.perform(get(api("")).session(sessions.get(Caller.OWNER)))
                .andExpect(jsonPath("$.lessons", hasSize(1)))
                .andExpect(jsonPath("$.attendance", hasSize(0)));
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused_naming_the_field_and_what_it_takes() throws Exception {
        refused(
                HttpMethod.POST,
                "/lessons",
                "{\"date\":\"" + today + "\",\"hours\":\"два\",\"topic\":\"Т\"}",
                "hours",
                "Поле «Часы»: ожидается целое число.");
        refused(
                HttpMethod.POST,
                "/lessons",
                "{\"date\":\"2026-02-30\",\"hours\":2,\"topic\":\"Т\"}",
                "date",
                "Поле «Дата»: ожидается дата в виде ГГГГ-ММ-ДД.");
        refused(
                HttpMethod.POST,
                "/lessons",
                "{\"date\":\"" + today + "\",\"periodNumber\":9223372036854775808," + "\"hours\":2,\"topic\":\"Т\"}",
                "periodNumber",
                "Поле «Пара»: ожидается целое число.");
        refused(
                HttpMethod.POST,
                "/lessons",
                "{\"date\":\"" + today + "\",\"hours\":2,\"topic\":\"Т\","
                        + "\"homework\":{\"content\":\"Конспект\",\"dueDate\":\"завтра\"}}",
                "homework.dueDate",
                "Поле «К какому дню»: ожидается дата в виде ГГГГ-ММ-ДД.");
        refused(
                HttpMethod.PUT,
                "/marks",
                "{\"columnId\":\"первая\",\"studentId\":" + student(0) + "}",
                "columnId",
                "Поле «Колонка отметок»: ожидается целое число.");
        refused(
                HttpMethod.PUT,
                "/attendance",
                "{\"lessonId\":1,\"studentId\":" + student(0) + ",\"kind\":\"PRESENT\"}",
                "kind",
                "Поле «Вид записи»: ожидается одно из значений: ABSENT, LATE.");
        assertThat(storedHistory(college.journalId())).isEmpty();
    }

    @Test
    void a_number_is_no_kind_of_attendance_and_missed_hours_are_whole() throws Exception {
        long lessonId = new Records(college.journalId(), sessions.get(Caller.OWNER)).lesson(today, 1, null);
        String before = storedHistory(college.journalId());
        refused(
                HttpMethod.PUT,
                "/attendance",
                "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(0) + ",\"kind\":1}",
                "kind",
                "Поле «Вид записи»: ожидается одно из значений: ABSENT, LATE.");
        refused(
                HttpMethod.PUT,
                "/attendance",
                "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(0) + ",\"kind\":\"ABSENT\",\"hours\":1.5}",
                "hours",
                "Поле «Часы»: ожидается целое число.");
        assertThat(storedHistory(college.journalId())).isEqualTo(before);
    }

    @Test
    void an_empty_item_in_a_list_is_refused_and_fails_nothing_on_the_server() throws Exception {
        String lesson = "{\"date\":\"" + today + "\",\"hours\":2,\"topic\":\"Т\",";
        refused(
                HttpMethod.POST,
                "/lessons",
                lesson + "\"columns\":[null]}",
                "columns[0]",
                "В списке видов работ есть пустой элемент: укажите вид работы или уберите элемент.");
        refused(
                HttpMethod.POST,
                "/lessons",
                lesson + "\"individualHomework\":{\"content\":\"Доклад\"," + "\"studentIds\":[" + student(0)
                        + ",null]}}",
                "individualHomework.studentIds[]",
                "В списке студентов задания есть пустой элемент: укажите студента или уберите элемент.");
        assertThat(storedHistory(college.journalId())).isEmpty();
    }

    @Test
    void calls_the_api_does_not_take_are_answered_with_a_problem_detail_in_russian() throws Exception {
        owner(HttpMethod.PATCH, "/marks", "{}")
                .perform()
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string(HttpHeaders.ALLOW, "PUT"))
                .andExpect(
                        jsonPath("$.detail").value("Метод PATCH для этого адреса не поддерживается; допустимы: PUT."));
        owner(HttpMethod.PUT, "/marks", "{}")
                .contentType("text/plain")
                .perform()
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", containsString("только в формате JSON")));
        mvc.perform(get(api("/history"))
                        .session(sessions.get(Caller.OWNER))
                        .param("kind", "MARK")
                        .param("studentId", String.valueOf(student(0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("subjectId"))
                .andExpect(jsonPath("$.detail").value("Не указан параметр «Ячейка»."));
        mvc.perform(get(api("/history"))
                        .session(sessions.get(Caller.OWNER))
                        .param("kind", "ОТМЕТКА")
                        .param("subjectId", "1")
                        .param("studentId", String.valueOf(student(0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.detail", containsString("MARK, ATTENDANCE")));
        mvc.perform(get(api("/lessons/первое/history")).session(sessions.get(Caller.OWNER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lessonId"))
                .andExpect(jsonPath("$.detail").value("Параметр «Занятие»: ожидается целое число."));
        owner(HttpMethod.DELETE, "/lessons/1;2", null)
                .perform()
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Адрес запроса содержит недопустимые символы."));
        // A page keeps its own answer.
        MockHttpServletResponse page = mvc.perform(
                        request(HttpMethod.PATCH, URI.create("/journal/" + college.journalId()))
                                .session(sessions.get(Caller.OWNER))
                                .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(405);
        assertThat(String.valueOf(page.getContentType())).doesNotContain("json");
    }

    @Test
    void a_reason_for_deleting_a_lesson_longer_than_the_history_keeps_is_refused_naming_the_field() throws Exception {
        long lessonId = new Records(college.journalId(), sessions.get(Caller.OWNER)).lesson(today, 1, null);
        String before = storedHistory(college.journalId());
        mvc.perform(request(HttpMethod.DELETE, URI.create(api("/lessons/" + lessonId)))
                        .session(sessions.get(Caller.OWNER))
                        .with(csrf())
                        .param("reason", "Ж".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.detail").value("Причина слишком длинная: не больше 500 символов."));
        assertThat(storedHistory(college.journalId())).isEqualTo(before);
    }

    @Test
    void R1_text_with_characters_that_cannot_be_printed_is_refused_naming_the_field() throws Exception {
        refused(
                HttpMethod.POST,
                "/lessons",
                "{\"date\":\"" + today + "\",\"hours\":2,\"topic\":\"Тема\\u0000с нулём\"}",
                "topic",
                "Поле «Тема занятия» содержит непечатаемые символы: уберите их и сохраните снова.");
        refused(
                HttpMethod.POST,
                "/lessons",
                "{\"date\":\"" + today + "\",\"hours\":2,\"topic\":\"Тема\","
                        + "\"homework\":{\"content\":\"Конспект\",\"pages\":\"12\\u001b[31m\"}}",
                "homework",
                "Поле «Страницы» содержит непечатаемые символы: уберите их и сохраните снова.");
        refused(
                HttpMethod.PUT,
                "/exemptions/" + student(0),
                "{\"exempt\":true,\"reason\":\"Справка\\u0007\"}",
                "reason",
                "Поле «Основание освобождения» содержит непечатаемые символы: уберите их и сохраните снова.");
        long lessonId = new Records(college.journalId(), sessions.get(Caller.OWNER)).lesson(today, 1, null);
        String before = storedHistory(college.journalId());
        refused(
                HttpMethod.PUT,
                "/attendance",
                "{\"lessonId\":" + lessonId + ",\"studentId\":" + student(0)
                        + ",\"kind\":\"LATE\",\"reason\":\"\\ud800\"}",
                "reason",
                "Поле «Причина изменения» содержит непечатаемые символы: уберите их и сохраните снова.");
        owner(
                        HttpMethod.POST,
                        "/lessons",
                        "{\"date\":\"" + today + "\",\"periodNumber\":2,\"hours\":2,"
                                + "\"topic\":\"Две строки:\\nи\\tтабуляция 🧪\"}")
                .perform()
                .andExpect(status().isCreated());
        assertThat(storedHistory(college.journalId())).startsWith(before).contains("табуляция 🧪");
    }

    private void refused(HttpMethod method, String path, String body, String field, String message) throws Exception {
        owner(method, path, body)
                .perform()
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").value(message));
    }

    /** A call of the journal's own teacher, to be finished and sent. */
    private OwnerCall owner(HttpMethod method, String path, String body) {
        return new OwnerCall(method, path, body);
    }

    private final class OwnerCall {

        private final MockHttpServletRequestBuilder request;

        OwnerCall(HttpMethod method, String path, String body) {
            request = request(method, URI.create(api(path)))
                    .session(sessions.get(Caller.OWNER))
                    .with(csrf());
            if (body != null) {
                request.contentType("application/json").content(body.getBytes(StandardCharsets.UTF_8));
            }
        }

        OwnerCall accept(String type) {
            request.header(HttpHeaders.ACCEPT, type);
            return this;
        }

        OwnerCall contentType(String type) {
            request.header(HttpHeaders.CONTENT_TYPE, type);
            return this;
        }

        org.springframework.test.web.servlet.ResultActions perform() throws Exception {
            return mvc.perform(request);
        }
    }

    private String api(String path) {
        return "/api/v1/journals/" + college.journalId() + path;
    }

    private long student(int index) {
        return college.students().get(index).id();
    }

    // --- calls --------------------------------------------------------------------------------

    private MockHttpServletResponse perform(Call call) throws Exception {
        MockHttpServletRequestBuilder request = request(call.method(), URI.create(call.path()));
        call.params().forEach(request::param);
        MockHttpSession session = sessions.get(call.caller());
        if (session != null) {
            request.session(session);
        }
        if (call.body() != null) {
            request.content(call.body().getBytes(StandardCharsets.UTF_8));
        }
        if (call.contentType() != null) {
            request.header(HttpHeaders.CONTENT_TYPE, call.contentType());
        }
        if (call.accept() != null) {
            request.header(HttpHeaders.ACCEPT, call.accept());
        }
        switch (call.csrf()) {
            case VALID -> request.with(csrf());
            case INVALID -> request.with(csrf().useInvalidToken());
            case MISSING -> {}
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /**
     * What is wrong with a refusal's answer, or null: it must be JSON with a Russian message and
     * no server internals, and a refused readable body must name its field (a HEAD answer has no
     * body, and a caller that accepts no JSON gets none).
     */
    private static String problemOf(Call call, MockHttpServletResponse response, String body) {
        if (HttpMethod.HEAD.equals(call.method()) || response.getStatus() == 406) {
            return null;
        }
        String type = response.getContentType();
        if (type == null || !type.matches("application/(problem\\+)?json.*")) {
            return "a refusal is not JSON";
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (RuntimeException e) {
            return "a refusal is not readable JSON";
        }
        String detail = answer.path("detail").asString("");
        if (!detail.matches("(?s).*[А-Яа-яЁё].*")) {
            return "a refusal has no Russian message";
        }
        if (body.contains("Exception") || body.contains("at ru.spojournal")) {
            return "a refusal shows the server's internals";
        }
        boolean plainPath = call.path().matches("[/0-9A-Za-z-]+");
        if (response.getStatus() == 400
                && plainPath
                && isJsonObject(call.body())
                && answer.path("errors").isEmpty()) {
            return "a refusal of a readable body names no field";
        }
        for (JsonNode error : answer.path("errors")) {
            if (error.path("field").asString("").isBlank()
                    || !error.path("message").asString("").matches("(?s).*[А-Яа-яЁё].*")) {
                return "a field error names no field or has no Russian message";
            }
        }
        return null;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement at = java.util.Arrays.stream(root.getStackTrace())
                .filter(f -> f.getClassName().startsWith("ru.spojournal"))
                .findFirst()
                .orElse(null);
        return root + (at == null ? "" : " at " + at);
    }

    private static boolean isJsonObject(String body) {
        try {
            return body != null && JSON.readTree(body).isObject();
        } catch (RuntimeException e) {
            return false;
        }
    }

    // --- snapshots ----------------------------------------------------------------------------

    /** A journal as its teacher reads it, and its history. */
    record Snapshot(String journal, String history) {

        String differenceFrom(Snapshot before) {
            return "  journal: " + difference(before.journal, journal) + "\n  stored history: "
                    + difference(before.history, history);
        }

        /** Where two texts part, with a little of each around that place. */
        private static String difference(String before, String after) {
            if (before.equals(after)) {
                return "unchanged";
            }
            int at = 0;
            while (at < before.length() && at < after.length() && before.charAt(at) == after.charAt(at)) {
                at++;
            }
            int from = Math.max(0, at - 60);
            return "before …"
                    + JournalApiFuzzCalls.printable(before.substring(from, Math.min(before.length(), at + 140)))
                    + "… after …"
                    + JournalApiFuzzCalls.printable(after.substring(from, Math.min(after.length(), at + 140)))
                    + "…";
        }
    }

    private Snapshot snapshot() throws Exception {
        String data = read("/api/v1/journals/" + college.journalId(), sessions.get(Caller.OWNER));
        for (JsonNode lesson : JSON.readTree(data).path("lessons")) {
            lessonsSeen.add(lesson.path("id").asLong());
            lesson.path("columns").forEach(c -> columnsSeen.add(c.path("id").asLong()));
        }
        return new Snapshot(data, storedHistory(college.journalId()));
    }

    /** The other journal as its teacher reads it, with its lessons' history as the API shows it. */
    private Snapshot foreignSnapshot() throws Exception {
        return new Snapshot(
                read("/api/v1/journals/" + foreign.id(), sessions.get(Caller.OTHER_TEACHER)),
                apiHistory(foreign.id(), sessions.get(Caller.OTHER_TEACHER), foreignLessons)
                        .toString());
    }

    /**
     * Every history line stored for a journal, exemptions included (the API shows those only as
     * part of the grid). The history the API shows is made of these lines, so a call that changes
     * it changes them.
     */
    private String storedHistory(long journalId) {
        StringBuilder out = new StringBuilder();
        jdbc.query(
                "select id, lesson_id, subject_kind, subject_id, student_id, old_value, new_value, reason, late,"
                        + " changed_by from journal_change where assignment_id = ? order by id",
                row -> {
                    for (int c = 1; c <= 10; c++) {
                        out.append(field(row.getString(c))).append(c < 10 ? "|" : "\n");
                    }
                },
                journalId);
        return out.toString();
    }

    /** A stored value on one line of {@link #storedHistory}: its own line breaks and bars escaped. */
    private static String field(String value) {
        return value == null
                ? "null"
                : value.replace("\\", "\\\\")
                        .replace("|", "\\p")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r");
    }

    /** The history of each of these lessons of the journal, deleted ones too, as the API shows it. */
    private Map<Long, String> apiHistory(Set<Long> lessons) throws Exception {
        return apiHistory(college.journalId(), sessions.get(Caller.OWNER), lessons);
    }

    private Map<Long, String> apiHistory(long journalId, MockHttpSession session, Set<Long> lessons) throws Exception {
        Map<Long, String> out = new java.util.TreeMap<>();
        for (long lesson : lessons) {
            out.put(lesson, read("/api/v1/journals/" + journalId + "/lessons/" + lesson + "/history", session));
        }
        return out;
    }

    /** The lessons named by the history lines that are in {@code after} but not in {@code before}. */
    private static Set<Long> lessonsWithNewLines(String before, String after) {
        Set<String> old = new java.util.HashSet<>(List.of(before.split("\n")));
        Set<Long> lessons = new TreeSet<>();
        for (String line : after.split("\n")) {
            String[] columns = line.split("\\|", -1);
            if (!old.contains(line) && columns.length > 1 && !columns[1].equals("null")) {
                lessons.add(Long.parseLong(columns[1]));
            }
        }
        return lessons;
    }

    private String read(String path, MockHttpSession session) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The ids and versions that a valid call needs, from the journal's JSON. */
    private State state(Snapshot snapshot) {
        JsonNode data = JSON.readTree(snapshot.journal());
        List<LessonNow> lessons = new ArrayList<>();
        Set<Long> live = new TreeSet<>();
        Set<Long> liveColumns = new TreeSet<>();
        for (JsonNode l : data.path("lessons")) {
            List<Long> cols = new ArrayList<>();
            l.path("columns").forEach(c -> cols.add(c.path("id").asLong()));
            lessons.add(new LessonNow(
                    l.path("id").asLong(),
                    LocalDate.parse(l.path("date").asString()),
                    l.path("version").asLong(),
                    cols));
            live.add(l.path("id").asLong());
            liveColumns.addAll(cols);
        }
        Map<String, Long> marks = new HashMap<>();
        data.path("marks")
                .forEach(m -> marks.put(
                        m.path("columnId").asLong() + ":" + m.path("studentId").asLong(),
                        m.path("version").asLong()));
        Map<String, Long> attendance = new HashMap<>();
        data.path("attendance")
                .forEach(a -> attendance.put(
                        a.path("lessonId").asLong() + ":" + a.path("studentId").asLong(),
                        a.path("version").asLong()));
        return new State(
                lessons,
                lessonsSeen.stream().filter(id -> !live.contains(id)).toList(),
                columnsSeen.stream().filter(id -> !liveColumns.contains(id)).toList(),
                marks,
                attendance);
    }

    private MockMvc quietMockMvc() {
        var builder = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context);
        context
                .getBeansOfType(org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer.class)
                .values()
                .stream()
                .filter(c -> !(c
                        instanceof
                        org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer))
                .forEach(c -> c.customize(builder));
        var filters =
                new org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer(context);
        filters.setPrint(org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint.NONE);
        filters.customize(builder);
        return builder.build();
    }

    /** Students of another group of the college, whom no call may reach through this journal. */
    private List<Long> outsiders() {
        return journals.otherDepartmentJournal(college, 3).students().stream()
                .map(s -> s.id())
                .toList();
    }

    private static List<Long> columns(String data, long lessonId) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode l : JSON.readTree(data).path("lessons")) {
            if (l.path("id").asLong() == lessonId) {
                l.path("columns").forEach(c -> ids.add(c.path("id").asLong()));
            }
        }
        return ids;
    }

    /** Records made the plain way, so that the fuzz finds marks, absences and a deleted lesson. */
    private final class Records {

        private final long journalId;
        private final MockHttpSession session;

        Records(long journalId, MockHttpSession session) {
            this.journalId = journalId;
            this.session = session;
        }

        long lesson(LocalDate date, int period, String reason) throws Exception {
            String body = "{\"date\":\"" + date + "\",\"periodNumber\":" + period
                    + ",\"hours\":2,\"topic\":\"Кристаллическое строение металлов\","
                    + "\"columns\":[{\"workTypeId\":null,\"title\":null}],"
                    + "\"homework\":{\"content\":\"Конспект\",\"pages\":\"12–18\"},\"reason\":"
                    + (reason == null ? "null" : "\"" + reason + "\"") + "}";
            String answer = send(HttpMethod.POST, "/lessons", body, 201);
            return JSON.readTree(answer).path("id").asLong();
        }

        long lessonWithRecords(LocalDate date, int period, String reason) throws Exception {
            long lesson = lesson(date, period, reason);
            long column = columns(data(), lesson).get(0);
            String why = reason == null ? "null" : "\"" + reason + "\"";
            send(
                    HttpMethod.PUT,
                    "/marks",
                    "{\"columnId\":" + column + ",\"studentId\":" + student(0) + ",\"value\":\"5\",\"reason\":" + why
                            + "}",
                    200);
            send(
                    HttpMethod.PUT,
                    "/attendance",
                    "{\"lessonId\":" + lesson + ",\"studentId\":" + student(1) + ",\"kind\":\"ABSENT\",\"reason\":"
                            + why + "}",
                    200);
            return lesson;
        }

        void delete(long lesson) throws Exception {
            send(HttpMethod.DELETE, "/lessons/" + lesson, null, 204);
        }

        String data() throws Exception {
            return read("/api/v1/journals/" + journalId, session);
        }

        private long student(int index) {
            return college.students().get(index).id();
        }

        private String send(HttpMethod method, String path, String body, int expected) throws Exception {
            MockHttpServletRequestBuilder request = request(method, URI.create("/api/v1/journals/" + journalId + path))
                    .session(session)
                    .with(csrf());
            if (body != null) {
                request.contentType("application/json").content(body);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String answer = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus())
                    .as(method + " " + path + " " + answer)
                    .isEqualTo(expected);
            return answer;
        }
    }
}
