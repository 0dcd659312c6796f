package ru.spojournal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.spojournal.support.ApplicationProcess;
import ru.spojournal.support.Environments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * R1, nothing recorded disappears: a mark whose save was answered 2xx is in the journal after the
 * server is killed (SIGKILL, no shutdown of any kind) and started again. The application runs as a
 * separate process on a fresh database; a teacher saves marks from several threads as fast as the
 * server answers, the process is killed in the middle of it, and every acknowledged save is looked
 * up after the restart. A cell whose save was still in flight at the kill may hold either its last
 * acknowledged value or the one in flight.
 */
class DurabilityIT {

    /** Saving goes on at least this long and for at least so many saves (a loaded machine is slow to warm up). */
    private static final Duration WRITING = Duration.ofSeconds(3);

    private static final int SAVES = 300;
    private static final Duration MAX_WRITING = Duration.ofSeconds(60);
    private static final int WRITERS = 4;
    private static final int MAX_CELLS = 400;
    private static final ZoneId COLLEGE_ZONE = ZoneId.of("Asia/Novokuznetsk");
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Path LOGS = Path.of("target", "durability");

    @Test
    void keeps_every_acknowledged_mark_after_a_kill_on_the_embedded_h2_file_database_R1(@TempDir Path dir)
            throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("journal").toAbsolutePath() + H2_OPTIONS;
        killWhileSavingThenCheck("embedded H2 file", url, "sa", "", "h2");
    }

    @Test
    void keeps_every_acknowledged_mark_after_a_kill_on_postgresql_R1() throws Exception {
        Environments.PostgresServer server = Environments.requirePostgresServer();
        String name = "journal_durability_" + System.nanoTime();
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        try {
            killWhileSavingThenCheck("PostgreSQL", server.url(name), server.user(), server.password(), "postgresql");
        } finally {
            try (Connection c = server.connect("postgres");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private void killWhileSavingThenCheck(String database, String url, String user, String password, String logName)
            throws Exception {
        Map<Cell, CellLog> cells;
        int exitCode;
        Saving saving;
        Duration writing;
        try (ApplicationProcess app =
                ApplicationProcess.start(url, user, password, LOGS.resolve(logName + "-before-kill.log"))) {
            Teacher teacher = Teacher.signIn(app.baseUrl());
            cells = teacher.markCells(MAX_CELLS);
            assertThat(cells)
                    .as("cells of past lessons in the demo teacher's journals")
                    .hasSizeGreaterThan(50);
            saving = new Saving(teacher, cells);
            saving.start();
            long started = System.nanoTime();
            while (System.nanoTime() - started < MAX_WRITING.toNanos()
                    && (System.nanoTime() - started < WRITING.toNanos() || saving.acknowledged.get() < SAVES)) {
                Thread.sleep(50);
            }
            writing = Duration.ofNanos(System.nanoTime() - started);
            exitCode = app.kill();
            saving.finish();
        }
        assertThat(exitCode)
                .as("the application was killed with SIGKILL (exit code 128 + 9)")
                .isEqualTo(137);

        Map<Cell, String> stored;
        try (ApplicationProcess app =
                ApplicationProcess.start(url, user, password, LOGS.resolve(logName + "-after-kill.log"))) {
            stored = Teacher.signIn(app.baseUrl()).storedMarks(cells.keySet());
            app.stop();
        }

        int acknowledgedCells = 0;
        int found = 0;
        int inFlight = 0;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<Cell, CellLog> e : cells.entrySet()) {
            CellLog log = e.getValue();
            if (log.inFlight != null) {
                inFlight++;
            }
            if (log.acknowledged == null) {
                continue;
            }
            acknowledgedCells++;
            String value = stored.get(e.getKey());
            if (log.acknowledged.equals(value) || log.inFlight != null && log.inFlight.equals(value)) {
                found++;
            } else {
                lost.add(e.getKey() + ": acknowledged " + log.acknowledged
                        + (log.inFlight == null ? "" : " (in flight " + log.inFlight + ")") + ", stored " + value);
            }
        }
        System.out.printf(
                "Durability on %s: %d saves acknowledged in %.1f s over %d cells; %d in flight at the kill; "
                        + "after the restart %d acknowledged cells found, %d lost%n",
                database,
                saving.acknowledged.get(),
                writing.toMillis() / 1000.0,
                acknowledgedCells,
                inFlight,
                found,
                lost.size());
        assertThat(saving.failures).as("answers other than 2xx before the kill").isEmpty();
        assertThat(saving.acknowledged.get())
                .as("saves acknowledged before the kill")
                .isGreaterThan(20);
        assertThat(lost)
                .as("acknowledged saves missing after the kill on " + database)
                .isEmpty();
    }

    /** A mark cell: a column of a lesson and a student, in a journal. */
    record Cell(long journal, long column, long student) {}

    /** What the server acknowledged for a cell, and what was still in flight at the kill. */
    static final class CellLog {
        volatile String current;
        volatile Long version;
        volatile String acknowledged;
        volatile String inFlight;

        CellLog(String current, Long version) {
            this.current = current;
            this.version = version;
        }
    }

    /** Writers saving marks, each cell owned by one writer, so a cell has one save in flight at most. */
    static final class Saving {
        private static final String[] VALUES = {"5", "4", "3", "2"};

        private final Teacher teacher;
        private final List<Map.Entry<Cell, CellLog>> cells;
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicBoolean killed = new AtomicBoolean();
        final AtomicInteger acknowledged = new AtomicInteger();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

        Saving(Teacher teacher, Map<Cell, CellLog> cells) {
            this.teacher = teacher;
            this.cells = new ArrayList<>(cells.entrySet());
        }

        void start() {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread t = new Thread(() -> write(writer), "writer-" + w);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        /** After the kill: every writer ends on the refused connection. */
        void finish() throws InterruptedException {
            killed.set(true);
            for (Thread t : threads) {
                t.join(Duration.ofSeconds(60).toMillis());
            }
        }

        private void write(int writer) {
            List<Map.Entry<Cell, CellLog>> mine = new ArrayList<>();
            for (int i = writer; i < cells.size(); i += WRITERS) {
                mine.add(cells.get(i));
            }
            for (int i = 0; !killed.get(); i++) {
                Map.Entry<Cell, CellLog> e = mine.get(i % mine.size());
                CellLog log = e.getValue();
                String value = next(log.current);
                log.inFlight = value;
                HttpResponse<String> answer;
                try {
                    answer = teacher.saveMark(e.getKey(), value, log.version);
                } catch (ConnectException notSent) {
                    log.inFlight = null; // the server was gone before this save was sent
                    return;
                } catch (IOException | InterruptedException cutOff) {
                    return; // the server died under this save: it stays in flight
                }
                try {
                    record(e.getKey(), log, value, answer);
                } catch (RuntimeException unreadable) {
                    failures.add(e.getKey() + " " + value + ": " + answer.statusCode() + " " + answer.body());
                }
                log.inFlight = null;
            }
        }

        private void record(Cell cell, CellLog log, String value, HttpResponse<String> answer) {
            JsonNode body = Teacher.JSON.readTree(answer.body());
            if (answer.statusCode() / 100 == 2) {
                log.current = text(body.get("value"));
                log.version = body.get("version").asLong();
                log.acknowledged = log.current;
                acknowledged.incrementAndGet();
                return;
            }
            failures.add(cell + " " + value + ": " + answer.statusCode() + " " + answer.body());
            JsonNode current = body.path("current"); // a 409 carries the cell as it stands
            if (!current.isMissingNode()) {
                log.current = text(current.get("value"));
                log.version = current.get("version").isNull()
                        ? null
                        : current.get("version").asLong();
            }
        }

        private static String next(String current) {
            for (int i = 0; i < VALUES.length; i++) {
                if (VALUES[i].equals(current)) {
                    return VALUES[(i + 1) % VALUES.length];
                }
            }
            return VALUES[0];
        }
    }

    /** The demo teacher over real HTTP: a session cookie and the CSRF token the pages carry. */
    static final class Teacher {
        static final ObjectMapper JSON = new ObjectMapper();

        private final String base;
        private final HttpClient http;
        private final String csrf;

        private Teacher(String base, HttpClient http, String csrf) {
            this.base = base;
            this.http = http;
            this.csrf = csrf;
        }

        static Teacher signIn(String base) throws IOException, InterruptedException {
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String loginPage = get(http, base + "/login");
            String form = "login=teacher&password=demo&_csrf="
                    + URLEncoder.encode(find(loginPage, "name=\"_csrf\" value=\"([^\"]+)\""), StandardCharsets.UTF_8);
            HttpResponse<Void> posted = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(posted.headers().firstValue("Location").orElse(""))
                    .as("sign-in")
                    .doesNotContain("error");
            // The API takes the token the pages put in <meta name="_csrf"> (header named in _csrf_header).
            String home = get(http, base + "/teacher");
            assertThat(find(home, "name=\"_csrf_header\" content=\"([^\"]+)\"")).isEqualTo("X-CSRF-TOKEN");
            return new Teacher(base, http, find(home, "name=\"_csrf\" content=\"([^\"]+)\""));
        }

        /** Mark cells of the teacher's editable journals: lessons before today, students not exempt. */
        Map<Cell, CellLog> markCells(int max) throws IOException, InterruptedException {
            LocalDate today = LocalDate.now(COLLEGE_ZONE);
            Map<Cell, CellLog> cells = new LinkedHashMap<>();
            for (JsonNode summary : JSON.readTree(get(http, base + "/api/v1/journals"))) {
                if (!summary.get("editable").asBoolean()) {
                    continue;
                }
                long journal = summary.get("assignmentId").asLong();
                JsonNode data = JSON.readTree(get(http, base + "/api/v1/journals/" + journal));
                Map<String, JsonNode> marks = new LinkedHashMap<>();
                for (JsonNode m : data.get("marks")) {
                    marks.put(
                            m.get("columnId").asLong() + "/"
                                    + m.get("studentId").asLong(),
                            m);
                }
                for (JsonNode lesson : data.get("lessons")) {
                    if (!LocalDate.parse(lesson.get("date").asString()).isBefore(today)) {
                        continue;
                    }
                    for (JsonNode column : lesson.get("columns")) {
                        if (column.get("passFail").asBoolean()) {
                            continue;
                        }
                        for (JsonNode student : data.get("students")) {
                            if (student.get("exempt").asBoolean() || cells.size() >= max) {
                                continue;
                            }
                            Cell cell = new Cell(
                                    journal,
                                    column.get("id").asLong(),
                                    student.get("id").asLong());
                            JsonNode mark = marks.get(cell.column() + "/" + cell.student());
                            cells.put(
                                    cell,
                                    mark == null
                                            ? new CellLog(null, null)
                                            : new CellLog(
                                                    text(mark.get("value")),
                                                    mark.get("version").asLong()));
                        }
                    }
                }
            }
            return cells;
        }

        /** The value each of the cells holds now (absent: no mark). */
        Map<Cell, String> storedMarks(Iterable<Cell> cells) throws IOException, InterruptedException {
            Map<Long, Map<String, String>> byJournal = new LinkedHashMap<>();
            Map<Cell, String> stored = new LinkedHashMap<>();
            for (Cell cell : cells) {
                Map<String, String> marks = byJournal.get(cell.journal());
                if (marks == null) {
                    marks = new LinkedHashMap<>();
                    for (JsonNode m : JSON.readTree(get(http, base + "/api/v1/journals/" + cell.journal()))
                            .get("marks")) {
                        marks.put(
                                m.get("columnId").asLong() + "/"
                                        + m.get("studentId").asLong(),
                                text(m.get("value")));
                    }
                    byJournal.put(cell.journal(), marks);
                }
                stored.put(cell, marks.get(cell.column() + "/" + cell.student()));
            }
            return stored;
        }

        HttpResponse<String> saveMark(Cell cell, String value, Long version) throws IOException, InterruptedException {
            String body = "{\"columnId\":" + cell.column() + ",\"studentId\":" + cell.student() + ",\"value\":\""
                    + value + "\",\"version\":" + version + ",\"reason\":\"проверка сохранности\"}";
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/journals/" + cell.journal() + "/marks"))
                            .header("Content-Type", "application/json")
                            .header("X-CSRF-TOKEN", csrf)
                            .timeout(Duration.ofSeconds(60))
                            .PUT(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static String get(HttpClient http, String url) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("GET " + url).isEqualTo(200);
            return r.body();
        }

        private static String find(String page, String regex) {
            Matcher m = Pattern.compile(regex).matcher(page);
            assertThat(m.find()).as(regex).isTrue();
            return m.group(1);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
