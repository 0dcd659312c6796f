package ru.spojournal.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application started as a separate JVM on a given database, for tests that must do to it what
 * no test context can survive: kill it. Runs the product's classes only (the test classes and
 * their resources are left off the class path, so the child is the application as deployed), logs
 * to a file under target/ and is killed with the test JVM if the test forgets to.
 */
public final class ApplicationProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread reaper;

    private ApplicationProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly, "kill " + log.getFileName());
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts the application on the database and waits until it is ready: migrated, the demo
     * college filled if the database was empty, and serving requests.
     */
    public static ApplicationProcess start(String jdbcUrl, String user, String password, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                javaCommand(),
                // The child only has to start and take saves; the quick compiler starts it sooner on 2 cores.
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8",
                "-cp",
                applicationClassPath(),
                "ru.spojournal.JournalApplication",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--server.servlet.session.cookie.secure=false",
                "--journal.demo.fill-on-empty=true",
                // Readiness is reported on /actuator/health only after the demo college is filled.
                "--management.endpoint.health.probes.enabled=true",
                "--spring.main.banner-mode=off"));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ApplicationProcess app = new ApplicationProcess(process, port, log);
        try {
            app.awaitReady();
            return app;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Kills the JVM with SIGKILL: {@link Process#destroyForcibly()} on Linux sends SIGKILL, and the
     * exit code 128 + 9 = 137 returned here shows that it did. No shutdown hook, no flush runs.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the application did not die within 60 s of SIGKILL: " + log);
        }
        return process.exitValue();
    }

    /** Stops the application as an operator would (SIGTERM, a graceful shutdown). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to do
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue()
                        + " while starting; its log " + log + " ends with:\n" + tail());
            }
            try {
                HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application was not ready within " + START_TIMEOUT.toSeconds()
                + " s; its log " + log + " ends with:\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test JVM's class path (surefire gives the whole of it in surefire.test.class.path; its own
     * java.class.path is only a launcher jar) without the test classes: their fixtures are Spring
     * components and would be scanned into the child.
     */
    private static String applicationClassPath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
