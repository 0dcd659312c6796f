package ru.spojournal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import ru.spojournal.support.Environments;

/** The same migrations build an empty database on H2 and on PostgreSQL. */
class MigrationIT {

    @Test
    void migrates_an_empty_h2_database() {
        String url = "jdbc:h2:mem:migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
    }

    @Test
    void migrates_an_empty_postgresql_database() throws Exception {
        Environments.requirePostgres();
        String base = System.getenv("TEST_DATABASE_URL");
        String user = System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
        String name = "journal_migration_" + System.nanoTime();
        String admin = base.substring(0, base.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        try {
            String url = base.substring(0, base.lastIndexOf('/') + 1) + name;
            var result = Flyway.configure().dataSource(url, user, password).load().migrate();
            assertThat(result.success).isTrue();
        } finally {
            try (Connection c = DriverManager.getConnection(admin, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop database " + name);
            }
        }
    }
}
