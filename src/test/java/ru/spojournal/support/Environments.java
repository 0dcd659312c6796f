package ru.spojournal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What the machine offers tests. Without PostgreSQL or Chromium a test says plainly that it was
 * skipped (and {@link SkippedTestsReport} prints why on the console); CI sets REQUIRE_POSTGRES and
 * REQUIRE_BROWSER so that nothing is skipped there.
 */
public final class Environments {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Where a local PostgreSQL is looked for when TEST_DATABASE_URL does not name one. */
    static final String LOCAL_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static Optional<PostgresServer> server;

    private Environments() {}

    /** A PostgreSQL server on which a test may create and drop databases of its own. */
    public record PostgresServer(String base, String user, String password) {

        /** The JDBC URL of a database of this server. */
        public String url(String database) {
            return base + database;
        }

        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(url(database), user, password);
        }
    }

    /** Whether the whole application context of the tests runs on PostgreSQL (TEST_DATABASE_URL). */
    public static boolean onPostgres() {
        String url = System.getenv("TEST_DATABASE_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public static void requirePostgres() {
        if (!onPostgres()) {
            if (System.getenv("REQUIRE_POSTGRES") != null) {
                throw new IllegalStateException(
                        "REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not a PostgreSQL URL");
            }
            Assumptions.abort("skipped: no PostgreSQL (set TEST_DATABASE_URL=jdbc:postgresql://...)");
        }
    }

    /**
     * The server of TEST_DATABASE_URL, or else a local PostgreSQL on 127.0.0.1:5432 (user postgres,
     * or TEST_DATABASE_USER) if one answers; skipped, saying why, when there is neither.
     */
    public static synchronized PostgresServer requirePostgresServer() {
        if (server == null) {
            server = findServer();
        }
        if (server.isEmpty()) {
            if (System.getenv("REQUIRE_POSTGRES") != null) {
                throw new IllegalStateException("REQUIRE_POSTGRES is set but no PostgreSQL answers");
            }
            Assumptions.abort("skipped: no PostgreSQL (TEST_DATABASE_URL is unset and nothing answers at "
                    + LOCAL_POSTGRES + ")");
        }
        return server.get();
    }

    private static Optional<PostgresServer> findServer() {
        String user = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
        String url = onPostgres() ? System.getenv("TEST_DATABASE_URL") : LOCAL_POSTGRES;
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(base + "postgres", user, password)) {
            return Optional.of(new PostgresServer(base, user, password));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    public static void requireBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("REQUIRE_BROWSER") != null) {
                throw new IllegalStateException("REQUIRE_BROWSER is set but there is no Chromium at " + CHROMIUM);
            }
            Assumptions.abort("skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        }
    }
}
