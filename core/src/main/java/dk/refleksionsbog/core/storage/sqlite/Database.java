package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's single connection. Every use holds one lock, so a transaction started on one thread
 * is never joined by another; nested transactions on the same thread become savepoints of the
 * outer one.
 */
final class Database implements AutoCloseable {
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;
    private boolean closed;

    Database(Connection connection) {
        this.connection = connection;
    }

    /** Runs the work in a transaction: BEGIN IMMEDIATE at the outermost level, a savepoint inside. */
    <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return depth == 0 ? outermost(work) : nested(work);
        } finally {
            lock.unlock();
        }
    }

    /** Runs reads under the lock, without a transaction of their own. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run();
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        } finally {
            lock.unlock();
        }
    }

    private <T> T outermost(SqlWork<T> work) {
        try {
            execute("BEGIN IMMEDIATE");
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        }
        depth = 1;
        try {
            T result = work.run();
            execute("COMMIT");
            return result;
        } catch (SQLException failure) {
            rollback(failure, "ROLLBACK");
            throw SqliteErrors.toStorageException(failure);
        } catch (RuntimeException | Error failure) {
            rollback(failure, "ROLLBACK");
            throw failure;
        } finally {
            depth = 0;
        }
    }

    private <T> T nested(SqlWork<T> work) {
        String savepoint = "nested_" + depth;
        try {
            execute("SAVEPOINT " + savepoint);
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        }
        depth++;
        try {
            T result = work.run();
            execute("RELEASE " + savepoint);
            return result;
        } catch (SQLException failure) {
            rollback(failure, "ROLLBACK TO " + savepoint, "RELEASE " + savepoint);
            throw SqliteErrors.toStorageException(failure);
        } catch (RuntimeException | Error failure) {
            rollback(failure, "ROLLBACK TO " + savepoint, "RELEASE " + savepoint);
            throw failure;
        } finally {
            depth--;
        }
    }

    private void rollback(Throwable cause, String... statements) {
        for (String statement : statements) {
            try {
                execute(statement);
            } catch (SQLException rollbackFailure) {
                // SQLite may already have rolled back by itself (e.g. after an I/O error).
                cause.addSuppressed(rollbackFailure);
            }
        }
    }

    boolean inTransaction() {
        return lock.isHeldByCurrentThread() && depth > 0;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet resultSet = statement.executeQuery()) {
            Row row = new Row(resultSet);
            List<T> results = new ArrayList<>();
            while (resultSet.next()) {
                results.add(mapper.map(row));
            }
            return results;
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet resultSet = statement.executeQuery()) {
            return resultSet.next() ? Optional.of(mapper.map(new Row(resultSet))) : Optional.empty();
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Inserts one row and returns its rowid. */
    long insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.executeUpdate();
        }
        return queryOne("SELECT last_insert_rowid() AS id", row -> row.longValue("id")).orElseThrow();
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, SqlValues.toColumn(parameters[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException failure) {
            statement.close();
            throw failure;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StorageException("The journal is closed.");
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        } finally {
            lock.unlock();
        }
    }
}
