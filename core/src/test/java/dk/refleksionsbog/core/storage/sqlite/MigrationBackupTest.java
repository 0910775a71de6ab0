package dk.refleksionsbog.core.storage.sqlite;

import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.core.storage.sqlite.backup.VerifiedSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationBackupTest {
    private static final String SCHEMA_1 = "migrations/001_initial_schema.sql";
    private static final String GOOD_2 = "test-migrations/journal-002_entry_mood.sql";
    private static final String BROKEN = "test-migrations/003_broken.sql";

    @TempDir
    Path folder;

    Path journal;
    Entry entry;

    @BeforeEach
    void aJournalAtSchemaOneWithAnEntry() {
        journal = folder.resolve("journal.refleksionsbog");
        entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Skrevet før opdateringen", LocalDate.of(2026, 3, 1), T0);
        try (SqliteJournalStore store = SqliteJournalStore.open(journal, StoreFixture.CLOCK,
                new SchemaMigrations("", List.of(SCHEMA_1)))) {
            store.entries().save(entry);
        }
    }

    private List<Path> backups() throws IOException {
        Path backupFolder = folder.resolve("backups");
        if (!Files.isDirectory(backupFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backupFolder)) {
            return files.toList();
        }
    }

    private int schemaVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journal);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.getInt(1);
        }
    }

    @Test
    void anUpdateKeepsAVerifiedCopyOfTheJournalAsItWasBefore() throws Exception {
        try (SqliteJournalStore store = SqliteJournalStore.open(journal, StoreFixture.CLOCK,
                new SchemaMigrations("", List.of(SCHEMA_1, GOOD_2)))) {
            assertThat(store.entries().find(entry.id())).contains(entry);
        }
        assertThat(schemaVersion()).isEqualTo(2);
        List<Path> backups = backups();
        assertThat(backups).singleElement().satisfies(copy ->
                assertThat(copy.getFileName().toString()).startsWith("journal-before-schema-2-"));
        VerifiedSnapshot.verify(backups.get(0));
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0));
                Statement statement = copy.createStatement();
                ResultSet result = statement.executeQuery("SELECT (SELECT user_version FROM pragma_user_version), "
                        + "(SELECT count(*) FROM entry)")) {
            assertThat(result.getInt(1)).isEqualTo(1);
            assertThat(result.getInt(2)).isEqualTo(1);
        }
    }

    @Test
    void aFailedUpdatePutsTheJournalBackAsItWasBefore() throws Exception {
        assertThatThrownBy(() -> SqliteJournalStore.open(journal, StoreFixture.CLOCK,
                new SchemaMigrations("", List.of(SCHEMA_1, GOOD_2, BROKEN))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not be updated to schema 3")
                .hasMessageContaining("put back as it was before the update")
                .satisfies(failed -> {
                    StorageException migration = (StorageException) failed;
                    assertThat(migration.problem()).isEqualTo(StorageProblem.MIGRATION_FAILED);
                    assertThat(migration.file()).as("the copy kept aside").hasValueSatisfying(Files::exists);
                });

        assertThat(schemaVersion()).as("schema 2 had been committed; the restore undid it").isEqualTo(1);
        assertThat(backups()).hasSize(1);
        try (SqliteJournalStore store = SqliteJournalStore.open(journal, StoreFixture.CLOCK,
                new SchemaMigrations("", List.of(SCHEMA_1)))) {
            assertThat(store.entries().find(entry.id())).contains(entry);
        }
    }

    @Test
    void aJournalAlreadyUpToDateIsNotCopied() throws IOException {
        SqliteJournalStore.open(journal, StoreFixture.CLOCK, new SchemaMigrations("", List.of(SCHEMA_1))).close();
        assertThat(backups()).isEmpty();
    }
}
