package dk.refleksionsbog.core.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.storage.JournalLockedException;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.faults.FileSystemFaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class OpeningTest {
    @TempDir
    Path folder;

    private Path journalFile() {
        return folder.resolve("journal.refleksionsbog");
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Test
    void aMissingFileBecomesAnEmptyJournalAtTheLatestSchema() throws SQLException {
        try (SqliteJournalStore store = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            assertThat(store.path()).isEqualTo(journalFile().toAbsolutePath());
            assertThat(store.journal().language()).isEqualTo("da");
            assertThat(store.challenges().list()).isEmpty();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journalFile())) {
            assertThat(pragma(connection, "user_version")).isEqualTo(String.valueOf(SchemaMigrations.JOURNAL.latestVersion()));
            assertThat(Integer.parseInt(pragma(connection, "application_id"))).isEqualTo(JournalFileHeader.APPLICATION_ID);
            assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(connection, "integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void anEmptyFileIsRefusedUnchangedBecauseOnlyAMissingFileBecomesANewJournal() throws IOException {
        Files.createFile(journalFile());
        assertRefusedUnchanged("is empty, so it is not a Refleksionsbog journal");
    }

    @Test
    void aNewJournalIsBuiltBesideAndRenamedSoAFailedCreationLeavesNoFile() throws IOException {
        Path leftOver = folder.resolve(".journal.refleksionsbog.new-123");
        Files.writeString(leftOver, "a creation that was cut short");
        SchemaMigrations broken = new SchemaMigrations("", java.util.List.of("migrations/001_initial_schema.sql",
                "test-migrations/003_broken.sql"));

        assertThatThrownBy(() -> SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK, broken))
                .isInstanceOf(StorageException.class);

        try (var listing = Files.list(folder)) {
            assertThat(listing).as("neither a journal nor a half-made one is left, only the lock file")
                    .containsExactly(JournalFileLock.lockFileOf(journalFile()));
        }
        SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK).close();
        assertThat(journalFile()).isNotEmptyFile();
    }

    @Test
    void reopeningKeepsTheSameJournal() {
        java.util.UUID id;
        try (SqliteJournalStore store = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            id = store.journal().id();
        }
        try (SqliteJournalStore store = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            assertThat(store.journal().id()).isEqualTo(id);
        }
    }

    @Test
    void theDurabilitySettingsAreInForceOnTheOpenConnection() {
        try (SqliteJournalStore store = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            Database database = databaseOf(store);
            assertThat(read(database, "foreign_keys")).isEqualTo("1");
            assertThat(read(database, "journal_mode")).isEqualTo("wal");
            assertThat(read(database, "synchronous")).isEqualTo("2");
            assertThat(read(database, "busy_timeout")).isEqualTo("5000");
            assertThat(read(database, "secure_delete")).isEqualTo("1");
        }
    }

    @Test
    void aSettingThatIsNotInForceIsReportedClearly() {
        try (SqliteJournalStore store = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            Database database = databaseOf(store);
            database.read(() -> {
                database.execute("PRAGMA synchronous = NORMAL");
                return null;
            });
            assertThatThrownBy(() -> JournalPragmas.verify(database)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("synchronous is 1 instead of 2");
        }
    }

    private static Database databaseOf(SqliteJournalStore store) {
        return store.database();
    }

    private static String read(Database database, String pragma) {
        return database.read(() -> database.queryOne("PRAGMA " + pragma, row -> row.string(1)).orElseThrow());
    }

    @Test
    void aJournalFromANewerVersionIsRefusedUnchanged() throws Exception {
        SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK).close();
        execute(journalFile(), "PRAGMA user_version = 7");
        byte[] before = Files.readAllBytes(journalFile());

        assertThatThrownBy(() -> SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK))
                .isInstanceOf(StorageException.class)
                .hasMessage("This journal was written by a newer version of Refleksionsbog (schema 7, this version knows "
                        + SchemaMigrations.JOURNAL.latestVersion() + "). Update the app to open it.");

        assertThat(Files.readAllBytes(journalFile())).isEqualTo(before);
        // the refusal released the lock: the file can be handled again
        execute(journalFile(), "PRAGMA user_version = " + SchemaMigrations.JOURNAL.latestVersion());
        SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK).close();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedUnchanged() throws IOException {
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Files.write(journalFile(), noise);
        assertRefusedUnchanged("not a Refleksionsbog journal");
    }

    @Test
    void aTextFileIsRefusedUnchanged() throws IOException {
        Files.writeString(journalFile(), "Mine noter om æbler\n", StandardCharsets.UTF_8);
        assertRefusedUnchanged("not a Refleksionsbog journal");
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedUnchanged() throws Exception {
        execute(journalFile(), "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x')");
        assertRefusedUnchanged("database of another program");
    }

    @Test
    void aTruncatedJournalIsRefusedUnchanged() throws IOException {
        SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK).close();
        byte[] journal = Files.readAllBytes(journalFile());
        Files.write(journalFile(), java.util.Arrays.copyOf(journal, 60));
        Files.delete(JournalFileLock.lockFileOf(journalFile()));
        assertRefusedUnchanged("not a Refleksionsbog journal");
    }

    @Test
    void aJournalCutShortInTheMiddleIsRefusedUnchanged() throws IOException {
        try (SqliteJournalStore store = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            for (int i = 0; i < 40; i++) {
                store.entries().save(dk.refleksionsbog.core.domain.entry.Entry.create(java.util.UUID.randomUUID(),
                        dk.refleksionsbog.core.domain.entry.EntryKind.NOTE, "Lang tekst om æbler og møder. ".repeat(200),
                        java.time.LocalDate.of(2026, 11, 23), StoreFixture.CLOCK.instant()));
            }
        }
        byte[] journal = Files.readAllBytes(journalFile());
        assertThat(journal.length).isGreaterThan(100_000);
        Files.write(journalFile(), java.util.Arrays.copyOf(journal, journal.length / 2));
        Files.delete(JournalFileLock.lockFileOf(journalFile()));
        assertRefusedUnchanged("cut short (truncated)");
    }

    private void assertRefusedUnchanged(String messagePart) throws IOException {
        byte[] before = Files.readAllBytes(journalFile());
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(journalFile());
        }
        assertThatThrownBy(() -> SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK))
                .isInstanceOf(StorageException.class).hasMessageContaining(messagePart)
                .hasMessageContaining("left unchanged");
        assertThat(Files.readAllBytes(journalFile())).isEqualTo(before);
        try (var listing = Files.list(folder)) {
            assertThat(listing).as("no side files were created").containsExactly(journalFile());
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aJournalInAReadOnlyFolderIsRefusedAtOnceAndLeftUnchanged() throws Exception {
        Path journalFolder = Files.createDirectory(folder.resolve("readonly"));
        Path journal = journalFolder.resolve("journal.refleksionsbog");
        SqliteJournalStore.open(journal, StoreFixture.CLOCK).close();
        byte[] before = Files.readAllBytes(journal);
        try (AutoCloseable readOnly = FileSystemFaults.readOnly(journalFolder)) {
            assertThatThrownBy(() -> SqliteJournalStore.open(journal, StoreFixture.CLOCK))
                    .isInstanceOf(StorageException.class).hasMessageContaining("cannot be written to");
        }
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void aSecondOpenOfTheSameJournalIsRefusedWhileTheFirstIsOpen() {
        try (SqliteJournalStore first = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            assertThatThrownBy(() -> SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK))
                    .isInstanceOf(JournalLockedException.class)
                    .hasMessageContaining("already open in another Refleksionsbog window");
            assertThat(first.entries().count()).isZero();
        }
        SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK).close();
    }

    @Test
    void theSameJournalReachedByAnotherPathIsStillLocked() {
        Path roundabout = folder.resolve("sub").resolve("..").resolve("journal.refleksionsbog");
        try (SqliteJournalStore first = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            assertThatThrownBy(() -> SqliteJournalStore.open(roundabout, StoreFixture.CLOCK))
                    .isInstanceOf(JournalLockedException.class);
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void newFoldersAndJournalFilesAreUserOnly() throws IOException {
        Path nested = folder.resolve("data").resolve("refleksionsbog").resolve("journal.refleksionsbog");
        try (SqliteJournalStore store = SqliteJournalStore.open(nested, StoreFixture.CLOCK)) {
            store.entries().count();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.getParent()))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("data")))).isEqualTo("rwx------");
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Path file = nested.resolveSibling(nested.getFileName() + suffix);
                assertThat(file).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                        .isEqualTo("rw-------");
            }
        }
    }
}
