package ru.spojournal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * What the machine offers tests. Without PostgreSQL or Chromium a test says plainly that it was
 * skipped; CI sets REQUIRE_POSTGRES and REQUIRE_BROWSER so that nothing is skipped there.
 */
public final class Environments {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private Environments() {}

    public static boolean onPostgres() {
        String url = System.getenv("TEST_DATABASE_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public static void requirePostgres() {
        if (!onPostgres()) {
            if (System.getenv("REQUIRE_POSTGRES") != null) {
                throw new IllegalStateException("REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not a PostgreSQL URL");
            }
            Assumptions.abort("skipped: no PostgreSQL (set TEST_DATABASE_URL=jdbc:postgresql://...)");
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
