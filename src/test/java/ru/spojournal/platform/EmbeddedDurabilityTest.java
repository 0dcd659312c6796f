package ru.spojournal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R1: only an H2 database kept in files gets its commits forced to the disk; nothing else is touched. */
class EmbeddedDurabilityTest {

    private final EmbeddedDurability.DurablePool postProcessor = new EmbeddedDurability.DurablePool();

    @Test
    void tells_an_h2_database_in_files_from_one_in_memory_and_from_postgresql() {
        assertThat(EmbeddedDurability.keptInFiles("jdbc:h2:file:./data/journal;MODE=PostgreSQL"))
                .isTrue();
        assertThat(EmbeddedDurability.keptInFiles("jdbc:h2:./data/journal")).isTrue();
        assertThat(EmbeddedDurability.keptInFiles("jdbc:h2:~/journal")).isTrue();
        assertThat(EmbeddedDurability.keptInFiles("jdbc:h2:tcp://db.example/journal"))
                .isTrue();
        assertThat(EmbeddedDurability.keptInFiles("jdbc:h2:mem:journal;DB_CLOSE_DELAY=-1"))
                .isFalse();
        assertThat(EmbeddedDurability.keptInFiles("jdbc:postgresql://127.0.0.1:5432/journal"))
                .isFalse();
        assertThat(EmbeddedDurability.keptInFiles(null)).isFalse();
    }

    @Test
    void leaves_the_in_memory_h2_of_the_tests_and_postgresql_as_they_are_R1() {
        for (String url : new String[] {"jdbc:h2:mem:journal", "jdbc:postgresql://127.0.0.1:5432/journal"}) {
            HikariDataSource pool = pool(url);
            assertThat(postProcessor.postProcessBeforeInitialization(pool, "dataSource"))
                    .isSameAs(pool);
            assertThat(postProcessor.postProcessAfterInitialization(pool, "dataSource"))
                    .isSameAs(pool);
            assertThat(pool.getConnectionInitSql()).isNull();
        }
    }

    @Test
    void stores_at_commit_and_forces_each_commit_of_an_h2_file_database_R1(@TempDir Path dir) throws Exception {
        HikariDataSource pool = pool("jdbc:h2:file:" + dir.resolve("journal").toAbsolutePath());
        pool.setConnectionInitSql("SET LOCK_TIMEOUT 5000");
        postProcessor.postProcessBeforeInitialization(pool, "dataSource");
        Object bean = postProcessor.postProcessAfterInitialization(pool, "dataSource");
        assertThat(bean).isInstanceOf(ForcedCommitDataSource.class);
        assertThat(pool.getConnectionInitSql()).isEqualTo("SET WRITE_DELAY 0; SET LOCK_TIMEOUT 5000");
        try (ForcedCommitDataSource durable = (ForcedCommitDataSource) bean) {
            assertThat(durable.unwrap(HikariDataSource.class)).isSameAs(pool);
            try (Connection c = durable.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table mark(id int primary key, v varchar(2))");
                c.setAutoCommit(false);
                s.executeUpdate("insert into mark values (1, '5')");
                c.commit();
                c.setReadOnly(true);
                s.executeQuery("select v from mark").close();
                c.commit();
                c.setReadOnly(false);
                c.setAutoCommit(true);
                assertThat(setting(s, "WRITE_DELAY")).isEqualTo("0");
                try (ResultSet rs = s.executeQuery("select lock_timeout()")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1))
                            .as("the pool's own init SQL still runs")
                            .isEqualTo(5000);
                }
            }
        }
        assertThat(pool.isClosed()).as("closing the wrapper closes the pool").isTrue();
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery(
                "select setting_value from information_schema.settings where setting_name = '" + name + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(url.contains("postgresql") ? "postgres" : "sa");
        pool.setPassword("");
        pool.setMaximumPoolSize(2);
        return pool;
    }
}
