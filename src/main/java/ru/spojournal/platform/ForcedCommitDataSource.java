package ru.spojournal.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool of an H2 file database whose connections force each commit to the disk before the
 * commit returns (R1, nothing recorded disappears; why: {@link EmbeddedDurability}). After a
 * successful {@code commit()} of a connection not marked read-only it runs {@code CHECKPOINT SYNC}
 * on the same connection: H2 stores whatever is still in memory and calls
 * {@code FileChannel.force(true)}. The transaction manager commits inside the service call, so a
 * save is on the disk before its request is answered.
 *
 * <p>Concurrent commits share forces: one force covers every chunk written before it, and the
 * next finds little left. Read-only transactions (Spring marks their connection) commit without a
 * force. If the force fails (both H2 statements need an administrator, as the default user
 * {@code sa} is) the commit is reported as failed: its data is committed but not known to be on
 * the disk, and the client must not be told that it is saved.
 */
final class ForcedCommitDataSource extends DelegatingDataSource implements Closeable {

    static final String FORCE_TO_DISK = "CHECKPOINT SYNC";

    private final HikariDataSource pool;

    ForcedCommitDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return forcingCommits(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return forcingCommits(super.getConnection(username, password));
    }

    /** The pool is closed with the context, as it would be without the wrapper. */
    @Override
    public void close() {
        pool.close();
    }

    private Connection forcingCommits(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new ForcingCommits(connection, pool.isReadOnly()));
    }

    /** Passes every call through, and forces after a commit of a connection that may have written. */
    private static final class ForcingCommits implements InvocationHandler {

        private final Connection target;
        // Tracked here: H2's isReadOnly() ignores setReadOnly() and answers for the whole database.
        private boolean readOnly;

        ForcingCommits(Connection target, boolean readOnly) {
            this.target = target;
            this.readOnly = readOnly;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "forced commits of " + target;
                default:
                    break;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (method.getName().equals("setReadOnly")) {
                readOnly = (Boolean) args[0];
            } else if (method.getName().equals("commit") && !readOnly) {
                forceToDisk();
            }
            return result;
        }

        private void forceToDisk() throws SQLException {
            try (Statement statement = target.createStatement()) {
                statement.execute(FORCE_TO_DISK);
            } catch (SQLException e) {
                throw new SQLException(
                        "Committed, but not forced to the disk (" + FORCE_TO_DISK
                                + " needs the database's administrator, such as the default user sa)",
                        e.getSQLState(),
                        e);
            }
        }
    }
}
