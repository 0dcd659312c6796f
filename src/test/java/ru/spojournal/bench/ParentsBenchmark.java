package ru.spojournal.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many parents browsing their children's pages at once, against a running application filled with
 * the {@code college} data set. Not a test: run it by hand (README, "Benchmarks"). Each parent
 * signs in, then opens home, marks, absences, timetable and homework in turn with a pause between
 * pages, for the given time; latencies of all page views are reported.
 *
 * <p>Arguments: base URL, JDBC URL of the same database (to find parents' logins), parents (500),
 * seconds of browsing (60), pause between pages in ms (2000).
 */
public final class ParentsBenchmark {

    private static final List<String> PAGES =
            List.of("/parent", "/parent/marks", "/parent/attendance", "/parent/schedule", "/parent/homework");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/journal_bench";
        int parents = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long pause = args.length > 4 ? Long.parseLong(args[4]) : 2000;

        List<String> logins = logins(jdbc, parents);
        System.out.printf("Signing in %d parents...%n", logins.size());
        List<HttpClient> clients = Collections.synchronizedList(new ArrayList<>());
        ExecutorService signIn = Executors.newFixedThreadPool(4);
        for (String login : logins) {
            signIn.submit(() -> {
                HttpClient c = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                if (signIn(c, base, login)) {
                    clients.add(c);
                }
                return null;
            });
        }
        signIn.shutdown();
        signIn.awaitTermination(30, TimeUnit.MINUTES);
        System.out.printf("%d signed in; browsing for %d s with %d ms between pages%n", clients.size(), seconds, pause);

        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService browsing = Executors.newFixedThreadPool(clients.size());
        for (HttpClient c : clients) {
            browsing.submit(() -> {
                Thread.sleep(ThreadLocalRandom.current().nextLong(pause + 1));
                int i = ThreadLocalRandom.current().nextInt(PAGES.size());
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    HttpResponse<Void> r = c.send(
                            HttpRequest.newBuilder(URI.create(base + PAGES.get(i++ % PAGES.size())))
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    times.add(System.nanoTime() - t);
                    if (r.statusCode() != 200) {
                        errors.add(String.valueOf(r.statusCode()));
                    }
                    Thread.sleep(pause);
                }
                return null;
            });
        }
        browsing.shutdown();
        browsing.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(
                "parents=%d views=%d errors=%d throughput=%.0f views/s p50=%.1f p95=%.1f p99=%.1f max=%.1f ms%n",
                clients.size(),
                sorted.size(),
                errors.size(),
                sorted.size() / (double) seconds,
                q(sorted, .50),
                q(sorted, .95),
                q(sorted, .99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double q(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    private static List<String> logins(String jdbc, int limit) throws Exception {
        List<String> logins = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                ResultSet rs = c.createStatement()
                        .executeQuery("select a.login from user_account a join account_role r"
                                + " on r.account_id = a.id where r.role = 'PARENT' order by a.id limit " + limit)) {
            while (rs.next()) {
                logins.add(rs.getString(1));
            }
        }
        return logins;
    }

    private static boolean signIn(HttpClient c, String base, String login) throws Exception {
        String page = c.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            return false;
        }
        HttpResponse<Void> r = c.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "login=" + login + "&password=demo&_csrf=" + m.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 302
                && r.headers()
                        .firstValue("Location")
                        .map(l -> !l.contains("error"))
                        .orElse(false);
    }
}
