package ru.spojournal.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the journal page and of a cell save against a running application filled with the
 * {@code college} data set. Not a test: run it by hand (see README, "Benchmarks"). It signs in as
 * the demo teacher, opens their largest journal, records a lesson for today, then measures.
 *
 * <p>Arguments: base URL (http://localhost:8080), requests per measure (500), concurrency (4).
 */
public final class JournalBenchmark {

    private final String base;
    private final HttpClient http;
    private String csrf;

    private JournalBenchmark(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The generated colleges' zone: "today" is the college's day, not the machine's. */
    private static final java.time.ZoneId COLLEGE_ZONE = java.time.ZoneId.of("Asia/Novokuznetsk");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        JournalBenchmark bench = new JournalBenchmark(base);
        bench.signIn("teacher", "demo", "/teacher");
        long journal = bench.largestJournal();
        String data = bench.get("/api/v1/journals/" + journal);
        int students = count(data, "\"number\":");
        int lessons = count(data, "\"topic\":");
        System.out.printf("Journal %d: %d students, %d lessons%n", journal, students, lessons);

        bench.measure(
                "warm-up",
                300,
                concurrency,
                i -> bench.get(i % 2 == 0 ? "/journal/" + journal : "/api/v1/journals/" + journal));
        bench.measure("journal page GET /journal/{id}", requests, concurrency, i -> bench.get("/journal/" + journal));
        bench.measure(
                "journal JSON GET /api/v1/journals/{id}",
                requests,
                concurrency,
                i -> bench.get("/api/v1/journals/" + journal));

        long column = bench.todaysColumn(journal);
        List<Long> ids = ids(data).stream().map(Long::valueOf).toList();
        long[] versions = new long[ids.size()];
        java.util.Arrays.fill(versions, -1);
        String[] values = {"5", "4", "3", "2"};
        // Each student's cell is saved by one thread at a time (as one teacher types), with the version it saw.
        bench.measure("cell save PUT /api/v1/journals/{id}/marks", requests, concurrency, i -> {
            int s = i % ids.size();
            synchronized (ids.get(s)) {
                String body = "{\"columnId\":" + column + ",\"studentId\":" + ids.get(s) + ",\"value\":\""
                        + values[(i / ids.size()) % values.length] + "\",\"version\":"
                        + (versions[s] < 0 ? "null" : versions[s]) + "}";
                String answer = bench.put("/api/v1/journals/" + journal + "/marks", body);
                Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(answer);
                if (m.find()) {
                    versions[s] = Long.parseLong(m.group(1));
                }
                return answer;
            }
        });
        printBacklog(base);
    }

    /**
     * The event publications the saves left incomplete (their reactions: notifications, alerts),
     * read by the administrator from the metrics right after the run and until none is left.
     */
    private static void printBacklog(String base) throws Exception {
        JournalBenchmark admin = new JournalBenchmark(base);
        admin.signIn("admin", "demo", "/admin");
        long started = System.nanoTime();
        long first = -1;
        long left;
        do {
            Matcher m = Pattern.compile("(?m)^journal_events_incomplete\\S* (\\S+)$")
                    .matcher(admin.get("/actuator/prometheus"));
            left = m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
            first = first < 0 ? left : first;
            if (left > 0) {
                Thread.sleep(1000);
            }
        } while (left > 0 && System.nanoTime() - started < 300_000_000_000L);
        System.out.printf(
                "event backlog: %d incomplete right after the saves, %d after %.0f s%n",
                first, left, (System.nanoTime() - started) / 1e9);
    }

    /** Runs the calls on a pool and prints latency percentiles in milliseconds. */
    private void measure(String name, int n, int concurrency, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<Long>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                call.run(index);
                return System.nanoTime() - t;
            }));
        }
        List<Long> times = new ArrayList<>();
        for (Future<Long> f : futures) {
            times.add(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Collections.sort(times);
        System.out.printf(
                "%-45s n=%d c=%d  p50=%.1f  p95=%.1f  p99=%.1f  max=%.1f ms  %.0f req/s%n",
                name,
                n,
                concurrency,
                ms(times, 0.50),
                ms(times, 0.95),
                ms(times, 0.99),
                times.get(times.size() - 1) / 1e6,
                n / seconds);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private void signIn(String login, String password, String home) throws Exception {
        String page = get("/login");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        m.find();
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "login=" + login + "&password=" + password + "&_csrf=" + m.group(1)))
                .build();
        http.send(post, HttpResponse.BodyHandlers.discarding());
        Matcher meta = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get(home));
        if (!meta.find()) {
            throw new IllegalStateException("sign-in failed");
        }
        csrf = meta.group(1);
    }

    private long largestJournal() throws Exception {
        String list = get("/api/v1/journals");
        long best = -1;
        int bestLessons = -1;
        Matcher m = Pattern.compile("\"assignmentId\":(\\d+)").matcher(list);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            int lessons = count(get("/api/v1/journals/" + id), "\"topic\":");
            if (lessons > bestLessons) {
                bestLessons = lessons;
                best = id;
            }
        }
        return best;
    }

    private long todaysColumn(long journal) throws Exception {
        String body = "{\"date\":\"" + LocalDate.now(COLLEGE_ZONE)
                + "\",\"hours\":2,\"topic\":\"Замер производительности\"," + "\"reason\":\"benchmark\"}";
        put("/api/v1/journals/" + journal + "/lessons", body, "POST");
        String data = get("/api/v1/journals/" + journal);
        int at = data.lastIndexOf("Замер производительности"); // today's, after earlier runs' lessons
        Matcher m = Pattern.compile("\"columns\":\\[\\{\"id\":(\\d+)").matcher(data.substring(at));
        m.find();
        return Long.parseLong(m.group(1));
    }

    private static List<Long> ids(String data) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"id\":(\\d+),\"number\":").matcher(data);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static int count(String s, String token) {
        return s.split(Pattern.quote(token), -1).length - 1;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    private String put(String path, String json) throws Exception {
        return put(path, json, "PUT");
    }

    private String put(String path, String json, String method) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    @FunctionalInterface
    private interface Call {
        Object run(int index) throws Exception;
    }
}
