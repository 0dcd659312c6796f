package ru.spojournal.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on each thread. A request in MockMvc runs on the
 * test's thread, so this counts what the request itself issued, without the statements the event
 * listeners of its commit issue meanwhile on their own threads (which the global statistics mix in).
 */
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements prepared on this thread since the last {@link #reset()}. */
    public static long count() {
        return COUNT.get()[0];
    }
}
