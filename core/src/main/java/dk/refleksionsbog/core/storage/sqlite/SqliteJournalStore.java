package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.storage.AnswerRepository;
import dk.refleksionsbog.core.storage.AtomicFiles;
import dk.refleksionsbog.core.storage.ChallengeRepository;
import dk.refleksionsbog.core.storage.CommentRepository;
import dk.refleksionsbog.core.storage.EntryRepository;
import dk.refleksionsbog.core.storage.FilePermissions;
import dk.refleksionsbog.core.storage.JobVisitRepository;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.LoopRepository;
import dk.refleksionsbog.core.storage.MeetingRepository;
import dk.refleksionsbog.core.storage.RevisionRepository;
import dk.refleksionsbog.core.storage.SearchIndex;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A journal in one SQLite file, opened with one connection that every repository shares. The
 * file is locked against a second window for as long as the store is open.
 */
public final class SqliteJournalStore implements JournalStore {
    static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final String NEW_JOURNAL_LANGUAGE = "da";

    private final Path path;
    private final Database database;
    private final JournalFileLock lock;
    private final SqliteChallengeRepository challenges;
    private final SqliteLoopRepository loops;
    private final SqliteAnswerRepository answers;
    private final SqliteEntryRepository entries;
    private final SqliteMeetingRepository meetings;
    private final SqliteJobVisitRepository jobVisits;
    private final SqliteCommentRepository comments;
    private final SqliteRevisionRepository revisions;
    private final SqliteSearchIndex search;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SqliteJournalStore(Path path, Clock clock, Database database, JournalFileLock lock) {
        this.path = path;
        this.database = database;
        this.lock = lock;
        RevisionWriter revisionWriter = new RevisionWriter(database);
        SearchDocuments searchDocuments = new SearchDocuments(database);
        this.challenges = new SqliteChallengeRepository(database, revisionWriter, searchDocuments);
        this.loops = new SqliteLoopRepository(database);
        this.answers = new SqliteAnswerRepository(database, revisionWriter, searchDocuments);
        this.entries = new SqliteEntryRepository(database, revisionWriter, searchDocuments);
        this.meetings = new SqliteMeetingRepository(database, searchDocuments);
        this.jobVisits = new SqliteJobVisitRepository(database, searchDocuments);
        this.comments = new SqliteCommentRepository(database);
        this.revisions = new SqliteRevisionRepository(database, clock, challenges, answers, entries);
        this.search = new SqliteSearchIndex(database, SqliteSearchIndex.DEFAULT_RANKING_WINDOW);
    }

    /**
     * Opens the journal, creating it (with user-only permissions) when the file is missing. A file
     * that is not a Refleksionsbog journal (an empty file included), or was written by a newer
     * version, is refused without being changed.
     *
     * @throws dk.refleksionsbog.core.storage.JournalLockedException when another window has it open
     * @throws StorageException when the file cannot be opened as a journal
     */
    public static SqliteJournalStore open(Path file, Clock clock) {
        return open(file, clock, SchemaMigrations.JOURNAL);
    }

    static SqliteJournalStore open(Path file, Clock clock, SchemaMigrations migrations) {
        Objects.requireNonNull(clock, "clock");
        Path journalFile = file.toAbsolutePath().normalize();
        if (JournalFileHeader.inspect(journalFile) == JournalFileHeader.State.JOURNAL) {
            refuseReadOnly(journalFile);
        }
        createFolderOf(journalFile);
        refuseReadOnlyFolder(journalFile.getParent());
        JournalFileLock lock = JournalFileLock.acquire(realPathOf(journalFile));
        try {
            if (JournalFileHeader.inspect(journalFile) == JournalFileHeader.State.NEW) {
                createJournalFile(journalFile, migrations, clock);
            }
            Database database = connect(journalFile);
            try {
                prepare(database, journalFile, migrations, clock);
                SqliteJournalStore store = new SqliteJournalStore(journalFile, clock, database, lock);
                store.ensureJournal(clock);
                return store;
            } catch (RuntimeException | Error failure) {
                closeQuietly(database, failure);
                throw failure;
            }
        } catch (IOException failure) {
            closeQuietly(lock, failure);
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, journalFile, "The journal " + journalFile + " could not be created: " + failure.getMessage(),
                    failure);
        } catch (RuntimeException | Error failure) {
            closeQuietly(lock, failure);
            throw failure;
        }
    }

    /**
     * Builds the new journal in a user-only file beside it and renames it into place, so a first
     * start that is cut short leaves either no journal or a whole one, never an empty file.
     * Called under the journal's lock, so nothing else creates the file meanwhile.
     */
    private static void createJournalFile(Path journalFile, SchemaMigrations migrations, Clock clock)
            throws IOException {
        String unfinished = "." + journalFile.getFileName() + ".new-";
        removeUnfinished(journalFile.getParent(), unfinished);
        // No random part in the name (which would cost the first use of SecureRandom here): under
        // the lock nothing else makes this file, and any left by a creation cut short is gone now.
        Path temp = journalFile.getParent().resolve(unfinished + "in-progress");
        try {
            FilePermissions.createPrivateFile(temp);
            Database database = connect(temp);
            try {
                buildNewJournal(database, migrations, clock);
            } finally {
                database.close();
            }
            syncFile(temp);
            AtomicFiles.replace(temp, journalFile);
        } finally {
            removeUnfinished(journalFile.getParent(), temp.getFileName().toString());
        }
    }

    /**
     * Writes a new journal's schema and journal record into the file beside it without SQLite's
     * own syncs (the rollback journal's and then the switch to WAL's: 8 fsyncs, ~20 ms of a cold
     * command-line import, and a commit of the record after opening): that file is not the journal
     * until it has been synced whole and renamed into place, and one left by a creation cut short
     * is deleted, never opened. The renamed file is then opened, set up and checked
     * (synchronous=FULL, WAL) as every journal is.
     */
    private static void buildNewJournal(Database database, SchemaMigrations migrations, Clock clock) {
        database.read(() -> {
            database.execute("PRAGMA synchronous = OFF");
            database.execute("PRAGMA journal_mode = MEMORY");
            return null;
        });
        migrations.migrate(database, 0);
        database.transaction(() -> {
            writeJournal(database, newJournal(clock));
            return null;
        });
        useWal(database);
    }

    private static Journal newJournal(Clock clock) {
        return Journal.create(UUID.randomUUID(), "", NEW_JOURNAL_LANGUAGE, clock.instant());
    }

    private static void syncFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Files of a creation that was cut short (the database and its -wal and -shm). */
    private static void removeUnfinished(Path folder, String prefix) throws IOException {
        try (DirectoryStream<Path> unfinished = Files.newDirectoryStream(folder,
                file -> file.getFileName().toString().startsWith(prefix))) {
            for (Path file : unfinished) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Found now rather than at the first autosave, when the leader has already typed. */
    private static void refuseReadOnly(Path journalFile) {
        Path folder = journalFile.getParent();
        if (!Files.isWritable(journalFile) || !Files.isWritable(folder)) {
            throw new StorageException(StorageProblem.READ_ONLY, journalFile, "The journal " + journalFile + " cannot be written to (the file or its folder "
                    + "is read-only). Check the permissions, or copy the journal to a folder you can write to.");
        }
    }

    /** The same file reached through a symbolic link must take the same lock. */
    private static Path realPathOf(Path journalFile) {
        try {
            return Files.exists(journalFile) ? journalFile.toRealPath() : journalFile;
        } catch (IOException failure) {
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, journalFile, "The journal " + journalFile + " could not be found: " + failure.getMessage(),
                    failure);
        }
    }

    private static void createFolderOf(Path journalFile) {
        try {
            FilePermissions.createPrivateFolders(journalFile.getParent());
        } catch (IOException failure) {
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, journalFile.getParent(), "The folder for the journal " + journalFile + " could not be created: "
                    + failure.getMessage(), failure);
        }
    }

    /** A new journal needs to write itself and its lock and log files into the folder. */
    private static void refuseReadOnlyFolder(Path folder) {
        if (!Files.isWritable(folder)) {
            throw new StorageException(StorageProblem.READ_ONLY, folder, "The folder " + folder + " is read-only, so no journal can be saved in it. "
                    + "Choose a folder you can write to. Nothing was changed.");
        }
    }

    private static Database connect(Path journalFile) {
        SQLiteConfig config = new SQLiteConfig();
        // The file exists by now; never let the driver create an empty database in its place.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // Otherwise the driver follows every INSERT with a query of its own for the new rowid
        // (prepared, run and closed each time); the one insert that needs it (SearchDocuments) has
        // its next statement read last_insert_rowid().
        config.setGetGeneratedKeys(false);
        try {
            JournalFileIdentity identity = JournalFileIdentity.of(journalFile);
            Connection connection = config.createConnection("jdbc:sqlite:" + journalFile);
            return new Database(connection, identity);
        } catch (SQLException failure) {
            throw SqliteErrors.toStorageException(failure);
        } catch (IOException failure) {
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, journalFile, "The journal file " + journalFile + " could not be read: " + failure.getMessage(),
                    failure);
        }
    }

    /** Settings first (they write nothing), then the version check, and only then any write. */
    private static void prepare(Database database, Path journalFile, SchemaMigrations migrations, Clock clock) {
        database.read(() -> {
            database.execute("PRAGMA foreign_keys = ON");
            database.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
            database.execute("PRAGMA synchronous = FULL");
            database.execute("PRAGMA secure_delete = ON");
            return null;
        });
        int version = database.read(() -> SchemaMigrations.currentVersion(database));
        migrations.refuseNewer(version);
        if (version == 0 || version == migrations.latestVersion()) {
            migrations.migrate(database, version);
        } else {
            migrateWithBackup(database, journalFile, migrations, version, clock);
        }
        useWal(database);
        JournalPragmas.verify(database);
        restrictSidecarFiles(journalFile);
    }

    private static void useWal(Database database) {
        database.read(() -> {
            database.execute("PRAGMA journal_mode = WAL");
            return null;
        });
    }

    /** An existing journal's data is copied aside first; if the update fails, the copy is put back. */
    private static void migrateWithBackup(Database database, Path journalFile, SchemaMigrations migrations,
            int version, Clock clock) {
        MigrationBackup backup = MigrationBackup.take(journalFile, migrations.latestVersion(), clock);
        try {
            migrations.migrate(database, version);
        } catch (StorageException failure) {
            database.close();
            try {
                backup.restore();
            } catch (StorageException restoreFailure) {
                restoreFailure.addSuppressed(failure);
                throw restoreFailure;
            }
            throw new StorageException(StorageProblem.MIGRATION_FAILED, backup.copy(), failure.getMessage() + " The journal was put back as it was before the update "
                    + "(a copy is kept in " + backup.copy() + ").", failure);
        }
    }

    /** SQLite gives -wal and -shm the database file's mode; made explicit here in case it did not. */
    private static void restrictSidecarFiles(Path journalFile) {
        try {
            FilePermissions.restrictFile(journalFile);
            FilePermissions.restrictFile(journalFile.resolveSibling(journalFile.getFileName() + "-wal"));
            FilePermissions.restrictFile(journalFile.resolveSibling(journalFile.getFileName() + "-shm"));
        } catch (IOException failure) {
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, journalFile, "The journal's file permissions could not be made private: "
                    + failure.getMessage(), failure);
        }
    }

    /** A new file gets its journal record when it is made; this repairs a file whose first open was cut short. */
    private void ensureJournal(Clock clock) {
        if (database.read(this::readJournal).isPresent()) {
            return;
        }
        database.transaction(() -> {
            if (readJournal().isEmpty()) {
                writeJournal(database, newJournal(clock));
            }
            return null;
        });
    }

    private Optional<Journal> readJournal() throws SQLException {
        return database.queryOne("""
                SELECT id, owner_name, language, template_set_id, strategy_name, created_at, updated_at
                FROM journal LIMIT 1""",
                row -> new Journal(row.uuid("id"), row.string("owner_name"), row.string("language"),
                        row.string("template_set_id"), row.string("strategy_name"), row.instant("created_at"),
                        row.instant("updated_at")));
    }

    private static void writeJournal(Database database, Journal toSave) throws SQLException {
        database.update("DELETE FROM journal WHERE id <> ?", toSave.id());
        database.update("""
                INSERT INTO journal (id, owner_name, language, template_set_id, strategy_name, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    owner_name = excluded.owner_name, language = excluded.language,
                    template_set_id = excluded.template_set_id, strategy_name = excluded.strategy_name,
                    created_at = excluded.created_at, updated_at = excluded.updated_at""",
                toSave.id(), toSave.ownerName(), toSave.language(), toSave.templateSetId(), toSave.strategyName(),
                toSave.createdAt(), toSave.updatedAt());
    }

    /** The shared connection, for checks on the open file within this package. */
    Database database() {
        return database;
    }

    @Override
    public Path path() {
        return path;
    }

    /** Read from the file each time (one row), so a rolled-back save is never reported as current. */
    @Override
    public Journal journal() {
        return database.read(() -> readJournal()
                .orElseThrow(() -> new StorageException("The journal file has lost its journal record.")));
    }

    @Override
    public void saveJournal(Journal toSave) {
        Objects.requireNonNull(toSave, "journal");
        database.transaction(() -> {
            writeJournal(database, toSave);
            return null;
        });
    }

    @Override
    public ChallengeRepository challenges() {
        return challenges;
    }

    @Override
    public LoopRepository loops() {
        return loops;
    }

    @Override
    public AnswerRepository answers() {
        return answers;
    }

    @Override
    public EntryRepository entries() {
        return entries;
    }

    @Override
    public MeetingRepository meetings() {
        return meetings;
    }

    @Override
    public JobVisitRepository jobVisits() {
        return jobVisits;
    }

    @Override
    public CommentRepository comments() {
        return comments;
    }

    @Override
    public RevisionRepository revisions() {
        return revisions;
    }

    @Override
    public SearchIndex search() {
        return search;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return database.transaction(work::get);
    }

    /**
     * This connection's own writes are counted by {@code total_changes()} (rows inserted, updated
     * or deleted, by triggers too, rolled back or not); {@code data_version} changes when another
     * connection commits.
     */
    @Override
    public Optional<String> changeStamp() {
        return Optional.of(database.read(() -> database.queryOne("SELECT total_changes() AS changes",
                row -> row.longValue("changes")).orElseThrow() + "/"
                + database.queryOne("PRAGMA data_version", row -> row.string(1)).orElseThrow()));
    }

    @Override
    public <T> T inAllOrNothingTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return database.allOrNothing(work::get);
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            database.close();
        } finally {
            lock.close();
        }
    }

    private static void closeQuietly(AutoCloseable resource, Throwable cause) {
        try {
            resource.close();
        } catch (Exception closeFailure) {
            cause.addSuppressed(closeFailure);
        }
    }
}
