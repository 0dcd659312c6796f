package ru.spojournal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
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
        Environments.PostgresServer server = Environments.requirePostgresServer();
        String name = "journal_migration_" + System.nanoTime();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        try {
            var result = Flyway.configure().dataSource(server.url(name), server.user(), server.password()).load()
                    .migrate();
            assertThat(result.success).isTrue();
        } finally {
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("drop database " + name);
            }
        }
    }
}
