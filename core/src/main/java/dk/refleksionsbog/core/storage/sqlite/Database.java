package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.FilePermissions;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.core.storage.sqlite.backup.VerifiedSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's single connection. Every use holds one lock, so a transaction started on one thread
 * is never joined by another; nested transactions on the same thread become savepoints of the
 * outer one, except inside an all-or-nothing transaction (see {@link #allOrNothing}). Prepared
 * statements are kept for reuse: a save runs the same handful of statements every time.
 */
final class Database implements AutoCloseable {
    private static final int ID_BATCH = 500;
    /**
     * The page cache, in KiB, while an all-or-nothing transaction runs. An import writes tens of
     * megabytes in one transaction; in SQLite's default 2 MB most pages would be spilled to the
     * log and read back again before the commit. Pages are only taken as they are used, and the
     * usual size is restored afterwards, which frees them.
     */
    private static final int ALL_OR_NOTHING_CACHE_KIB = 64 * 1024;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<PreparedStatement> inUse = new HashSet<>();
    private final JournalFileIdentity file;
    private int depth;
    private boolean withoutSavepoints;
    private Throwable failedInside;
    private boolean closed;
    private Path rescueCopy;

    /** @param file the journal file the connection opened, checked before every commit */
    Database(Connection connection, JournalFileIdentity file) {
        this.connection = connection;
        this.file = file;
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

    /**
     * Runs the work in one transaction whose nested transactions get no savepoints: a failure
     * anywhere inside rolls the whole transaction back, even when the work caught it. For many
     * writes that stand or fall together (an import): every savepoint would make FTS5 flush its
     * pending index data into a new segment, thousands of tiny segments and their merges. Nested
     * inside another transaction it is an ordinary nested transaction.
     */
    <T> T allOrNothing(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (depth > 0) {
                return nested(work);
            }
            // before the flags: if this fails, nothing is left switched to all-or-nothing
            String usualCacheSize = setCacheSize("-" + ALL_OR_NOTHING_CACHE_KIB);
            withoutSavepoints = true;
            failedInside = null;
            try {
                return outermost(() -> {
                    T result = work.run();
                    if (failedInside != null) {
                        throw new StorageException(problemOf(failedInside), null,
                                "A part of this change failed, so none of it was saved: " + failedInside.getMessage(),
                                failedInside);
                    }
                    return result;
                });
            } finally {
                withoutSavepoints = false;
                failedInside = null;
                restoreCacheSize(usualCacheSize);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sets the page cache size (pages, or KiB when negative) and returns the one it replaced. */
    private String setCacheSize(String size) {
        try {
            String previous = queryOne("PRAGMA cache_size", row -> row.string(1)).orElseThrow();
            execute("PRAGMA cache_size = " + size);
            return previous;
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        }
    }

    /** The transaction has ended, committed or not, either way; a cache left large only costs memory. */
    private void restoreCacheSize(String size) {
        try {
            execute("PRAGMA cache_size = " + size);
        } catch (SQLException ignored) {
            // Nothing to undo: the page cache size is not part of the journal.
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
            return guarded("BEGIN IMMEDIATE", () -> {
                T result = work.run();
                refuseCommitToLostFile();
                return result;
            }, "COMMIT", "ROLLBACK");
        } catch (LostFileException lost) {
            String rescued = rescue();
            throw new StorageException(
                    rescueCopy == null ? StorageProblem.JOURNAL_LOST_NOT_RESCUED : StorageProblem.JOURNAL_LOST,
                    rescueCopy == null ? file.path() : rescueCopy,
                    lost.getMessage() + " This change was not saved. " + rescued, lost);
        }
    }

    private static StorageProblem problemOf(Throwable failure) {
        return failure instanceof StorageException storage ? storage.problem() : StorageProblem.OTHER;
    }

    /**
     * SQLite would commit into a deleted or replaced file without complaint, and the change would
     * be gone when the journal closes; so the file's identity is checked right before each commit.
     */
    private void refuseCommitToLostFile() {
        Optional<String> changed = file.whatChanged();
        if (changed.isPresent()) {
            throw new LostFileException(changed.get());
        }
    }

    /** The open connection can still read the lost file: copy everything saved so far to a new file. */
    private String rescue() {
        if (rescueCopy == null) {
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now());
            Path target = file.path().resolveSibling("journal-rescued-" + stamp + ".refleksionsbog");
            try {
                // VACUUM refuses to run while kept statements are still open on the connection.
                forgetStatements();
                FilePermissions.createPrivateFolders(target.getParent());
                VerifiedSnapshot.write(connection, target);
                rescueCopy = target;
            } catch (IOException | SQLException | StorageException failure) {
                return "Everything saved before could not be copied to safety (" + failure.getMessage()
                        + "); keep the app open and ask for help.";
            }
        }
        return "Everything saved until now was copied to " + rescueCopy + "; open that file to continue.";
    }

    private void forgetStatements() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }

    private static final class LostFileException extends StorageException {
        LostFileException(String message) {
            super(message);
        }
    }

    private <T> T nested(SqlWork<T> work) {
        if (withoutSavepoints) {
            return joined(work);
        }
        String savepoint = "nested_" + depth;
        return guarded("SAVEPOINT " + savepoint, work, "RELEASE " + savepoint,
                "ROLLBACK TO " + savepoint, "RELEASE " + savepoint);
    }

    /** Part of an all-or-nothing transaction: a failure is remembered so the commit is refused. */
    private <T> T joined(SqlWork<T> work) {
        depth++;
        try {
            return work.run();
        } catch (SQLException sqlFailure) {
            StorageException failure = SqliteErrors.toStorageException(sqlFailure);
            rememberFailure(failure);
            throw failure;
        } catch (RuntimeException | Error thrown) {
            rememberFailure(thrown);
            throw thrown;
        } finally {
            depth--;
        }
    }

    private void rememberFailure(Throwable failure) {
        if (failedInside == null) {
            failedInside = failure;
        }
    }

    /** Whatever leaves the work early (any exception or error), the undo statements run. */
    private <T> T guarded(String begin, SqlWork<T> work, String end, String... undo) {
        try {
            execute(begin);
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        }
        depth++;
        boolean done = false;
        Throwable failure = null;
        try {
            T result = work.run();
            execute(end);
            done = true;
            return result;
        } catch (SQLException sqlFailure) {
            failure = sqlFailure;
            throw SqliteErrors.toStorageException(sqlFailure);
        } catch (RuntimeException | Error thrown) {
            failure = thrown;
            throw thrown;
        } finally {
            depth--;
            if (!done) {
                undo(failure, undo);
            }
        }
    }

    private void undo(Throwable cause, String... statements) {
        for (String statement : statements) {
            try {
                execute(statement);
            } catch (SQLException undoFailure) {
                // SQLite may already have rolled back by itself (e.g. after an I/O error).
                if (cause != null) {
                    cause.addSuppressed(undoFailure);
                }
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
        PreparedStatement statement = prepare(sql, parameters);
        try (ResultSet resultSet = statement.executeQuery()) {
            Row row = new Row(resultSet);
            List<T> results = new ArrayList<>();
            while (resultSet.next()) {
                results.add(mapper.map(row));
            }
            return results;
        } finally {
            release(sql, statement);
        }
    }

    <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        PreparedStatement statement = prepare(sql, parameters);
        try (ResultSet resultSet = statement.executeQuery()) {
            return resultSet.next() ? Optional.of(mapper.map(new Row(resultSet))) : Optional.empty();
        } finally {
            release(sql, statement);
        }
    }

    /**
     * Runs a query whose {@code IN (%s)} names many ids, in batches that stay well below SQLite's
     * limit on bound parameters. Every batch has the same size (a short last one repeats its first
     * id), so one prepared statement serves them all.
     */
    <T> List<T> queryForIds(String sqlWithIdList, Collection<?> ids, RowMapper<T> mapper) throws SQLException {
        List<Object> all = List.copyOf(ids);
        List<T> results = new ArrayList<>();
        if (all.isEmpty()) {
            return results;
        }
        int batchSize = Math.min(ID_BATCH, all.size());
        String sql = String.format(sqlWithIdList, String.join(",", Collections.nCopies(batchSize, "?")));
        Object[] batch = new Object[batchSize];
        for (int from = 0; from < all.size(); from += batchSize) {
            int size = Math.min(batchSize, all.size() - from);
            for (int i = 0; i < batchSize; i++) {
                batch[i] = all.get(from + (i < size ? i : 0));
            }
            results.addAll(query(sql, mapper, batch));
        }
        return results;
    }

    int update(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = prepare(sql, parameters);
        try {
            return statement.executeUpdate();
        } finally {
            release(sql, statement);
        }
    }

    /**
     * The cached statement for this SQL, or a fresh one while the cached one is busy (a query run
     * from inside the mapping of the same query's rows).
     */
    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        } else if (inUse.contains(statement)) {
            statement = connection.prepareStatement(sql);
        }
        inUse.add(statement);
        try {
            statement.clearParameters();
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, SqlValues.toColumn(parameters[i]));
            }
            return statement;
        } catch (SQLException | RuntimeException failure) {
            release(sql, statement);
            throw failure;
        }
    }

    private void release(String sql, PreparedStatement statement) throws SQLException {
        inUse.remove(statement);
        if (statements.get(sql) != statement) {
            statement.close();
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
            forgetStatements();
            connection.close();
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        } finally {
            lock.unlock();
        }
    }
}
