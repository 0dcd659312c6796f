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
        String url =
                "jdbc:h2:mem:migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var result = Flyway.configure().dataSource(url, "sa", "").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
    }

    /**
     * The connection that migrates an empty embedded database is closed by the pool sooner or later;
     * the constraints it created must go on working (H2 2.4.240 broke them all).
     */
    @Test
    void check_constraints_keep_working_after_the_migrating_connection_is_closed() throws Exception {
        String url = "jdbc:h2:mem:constraints;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
        try (Connection keepOpen = java.sql.DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").load().migrate();
            try (Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
                    Statement s = c.createStatement()) {
                s.execute(
                        "insert into institution (id, code, name, short_name, time_zone, demo)"
                                + " values (1, 'kmt', 'Кузнецкий металлургический техникум', 'КМТ', 'Asia/Novokuznetsk', false)");
                s.execute("insert into person (id, institution_id, last_name, first_name, sex, version)"
                        + " values (1, 1, 'Иванов', 'Иван', 'M', 0)");
                assertThat(s.executeUpdate("update person set sex = 'F' where id = 1"))
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void migrates_an_empty_postgresql_database() throws Exception {
        Environments.PostgresServer server = Environments.requirePostgresServer();
        String name = "journal_migration_" + System.nanoTime();
        try (Connection c = server.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        try {
            var result = Flyway.configure()
                    .dataSource(server.url(name), server.user(), server.password())
                    .load()
                    .migrate();
            assertThat(result.success).isTrue();
        } finally {
            try (Connection c = server.connect("postgres");
                    Statement s = c.createStatement()) {
                s.execute("drop database " + name);
            }
        }
    }
}
