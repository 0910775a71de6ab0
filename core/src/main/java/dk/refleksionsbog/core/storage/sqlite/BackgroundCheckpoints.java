package dk.refleksionsbog.core.storage.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Copies committed pages from the write-ahead log into the journal file ("checkpoints") on a
 * thread and connection of their own, so that no save waits for it.
 *
 * <p>By default SQLite checkpoints in the committing thread, right after the commit that takes the
 * log past 1,000 pages: about one autosave in 50 then also writes some 4 MB into the journal file
 * and syncs it, and those saves were 3–4 times as slow as the rest, enough to set the 99th
 * percentile. A PASSIVE checkpoint never blocks a writer, so saves go on while it runs. Durability
 * is unchanged: each commit is still synced into the log (synchronous=FULL) before the save
 * returns, and SQLite recovers from a crash in the middle of a checkpoint from the log, whichever
 * connection ran it. A log that is written to while it is being checkpointed cannot start again
 * from its beginning, so under saves without a pause it grows; SQLite's own checkpoint then still
 * runs past {@link #FALLBACK_AUTOCHECKPOINT_PAGES} (it finds most pages already copied).
 */
final class BackgroundCheckpoints implements AutoCloseable {
    /** About 1,000 pages of autosaves (each writes some 20 pages), SQLite's own interval. */
    static final int COMMITS_BETWEEN_CHECKPOINTS = 50;
    static final int FALLBACK_AUTOCHECKPOINT_PAGES = 4_000;

    private final JournalFileIdentity file;
    private final Executor executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    private int commitsSinceCheckpoint;
    private Connection connection;

    BackgroundCheckpoints(JournalFileIdentity file) {
        this(file, Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "journal-checkpoint");
            // A checkpoint cut short by the end of the process is recovered like any crash.
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** @param executor runs the checkpoints, one at a time */
    BackgroundCheckpoints(JournalFileIdentity file, Executor executor) {
        this.file = file;
        this.executor = executor;
    }

    /**
     * Called by the writing connection after each commit, under its lock.
     *
     * @param large whether the transaction wrote a lot (an import): then it is checkpointed at once
     */
    void committed(boolean large) {
        commitsSinceCheckpoint++;
        if (commitsSinceCheckpoint < COMMITS_BETWEEN_CHECKPOINTS && !large) {
            return;
        }
        commitsSinceCheckpoint = 0;
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(this::checkpoint);
            } catch (RejectedExecutionException closing) {
                queued.set(false);
            }
        }
    }

    private void checkpoint() {
        queued.set(false);
        try {
            try (Statement statement = connection().createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException | IllegalStateException failure) {
            // Nothing is lost: the pages stay in the log, and the next checkpoint copies them.
            LoggerFactory.getLogger(BackgroundCheckpoints.class)
                    .warn("Checkpoint of {} failed: {}", file.path(), failure.getMessage());
        }
    }

    /** Opened at the first checkpoint, not on the start path; never onto a file that replaced the journal. */
    private Connection connection() throws SQLException {
        if (connection == null) {
            file.whatChanged().ifPresent(change -> {
                throw new IllegalStateException(change);
            });
            SQLiteConfig config = new SQLiteConfig();
            config.resetOpenMode(SQLiteOpenMode.CREATE);
            config.setBusyTimeout(SqliteJournalStore.BUSY_TIMEOUT_MILLIS);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            connection = config.createConnection("jdbc:sqlite:" + file.path());
        }
        return connection;
    }

    /** Waits for a running checkpoint, then closes this connection: the journal's own must close last. */
    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            try {
                service.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        }
    }
}
