package ru.spojournal.platform;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * R1, nothing recorded disappears: on the embedded H2 file database, as on PostgreSQL, a save
 * answered 2xx survives a kill of the process and a power cut of the machine.
 *
 * <p>H2 2.x (MVStore) by default writes nothing at commit: {@code Transaction.commit()} only changes
 * memory, a background thread stores the changes as a new chunk every WRITE_DELAY (500 ms), and
 * nothing ever forces the file to the disk. A kill of the server lost the last half second of
 * acknowledged saves. Two of H2's own means close that, applied to every H2 database except
 * {@code jdbc:h2:mem:}:
 * <ul>
 *   <li>{@code SET WRITE_DELAY 0}: H2 then stores the committed changes itself before the JDBC
 *       commit returns ({@code TransactionStore.endTransaction} calls {@code MVStore.commit()}, a
 *       synchronous chunk write), for every write, in a transaction or in autocommit, so a killed
 *       process loses nothing acknowledged: the chunk is already in the operating system's cache.
 *       It also stops the background writer, whose chunk writes run asynchronously and could still
 *       be under way when a commit found nothing left to store. It is set on every new pooled
 *       connection, because H2 goes back to the URL's value (500 by default) each time it opens the
 *       database: nothing is left that another program opening the file would inherit.</li>
 *   <li>{@code CHECKPOINT SYNC} after each commit of a writing transaction (see
 *       {@link ForcedCommitDataSource}): it stores anything still unstored and forces the file to
 *       the disk ({@code FileChannel.force}), so that the save is on the disk before it is answered
 *       and a power cut loses nothing acknowledged either.</li>
 * </ul>
 * Writes in autocommit mode (the application has none: JPA and JdbcTemplate writes run in Spring
 * transactions, and Flyway commits each migration) are stored at once by the first and reach the
 * disk with the next commit's force. The in-memory H2 of the tests and PostgreSQL (durable by
 * itself: {@code fsync} and {@code synchronous_commit} are on by default) are left as they are,
 * without a statement more. The price is one disk force per save; the README gives the figures.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDurability {

    static final String STORE_AT_COMMIT = "SET WRITE_DELAY 0";

    /** True for an H2 database kept in files (embedded or through an H2 server), not in memory. */
    static boolean keptInFiles(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    @Bean
    static BeanPostProcessor embeddedDurabilityPostProcessor() {
        return new DurablePool();
    }

    /** Sets up the pool of an H2 file database before it opens its first connection, and wraps it. */
    static final class DurablePool implements BeanPostProcessor {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof HikariDataSource pool && keptInFiles(pool.getJdbcUrl())) {
                String own = pool.getConnectionInitSql();
                pool.setConnectionInitSql(
                        own == null || own.isBlank() ? STORE_AT_COMMIT : STORE_AT_COMMIT + "; " + own);
            }
            return bean;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof HikariDataSource pool && keptInFiles(pool.getJdbcUrl())) {
                return new ForcedCommitDataSource(pool);
            }
            return bean;
        }
    }
}
