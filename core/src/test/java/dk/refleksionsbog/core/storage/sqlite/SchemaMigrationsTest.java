package dk.refleksionsbog.core.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {
    private static final String FOLDER = "test-migrations/";

    @TempDir
    Path folder;

    Database database;

    @BeforeEach
    void connect() throws SQLException, java.io.IOException {
        Path file = folder.resolve("m.db");
        database = new Database(DriverManager.getConnection("jdbc:sqlite:" + file), JournalFileIdentity.of(file));
    }

    @AfterEach
    void disconnect() {
        database.close();
    }

    private int version() {
        return database.read(() -> SchemaMigrations.currentVersion(database));
    }

    private List<String> tables() {
        return database.read(() -> database.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                row -> row.string("name")));
    }

    @Test
    void anEmptyDatabaseIsBroughtToTheLatestVersionInOrder() {
        SchemaMigrations migrations = new SchemaMigrations(FOLDER, List.of("001_notes.sql", "002_tags.sql"));
        migrations.migrate(database, version());
        assertThat(version()).isEqualTo(2);
        assertThat(tables()).containsExactly("note", "tag");
        assertThat(database.read(() -> database.queryOne("PRAGMA application_id", row -> row.integer("application_id"))))
                .contains(JournalFileHeader.APPLICATION_ID);
    }

    @Test
    void onlyTheMissingVersionsAreApplied() {
        new SchemaMigrations(FOLDER, List.of("001_notes.sql")).migrate(database, version());
        new SchemaMigrations(FOLDER, List.of("001_notes.sql", "002_tags.sql")).migrate(database, version());
        assertThat(version()).isEqualTo(2);
        assertThat(database.read(() -> database.query("SELECT body FROM note", row -> row.string("body"))))
                .containsExactly("første");
    }

    @Test
    void aFailingVersionIsRolledBackWhileTheVersionsBeforeItStay() {
        SchemaMigrations migrations = new SchemaMigrations(FOLDER,
                List.of("001_notes.sql", "002_tags.sql", "003_broken.sql"));
        assertThatThrownBy(() -> migrations.migrate(database, version())).isInstanceOf(StorageException.class)
                .hasMessageContaining("could not be updated to schema 3").hasMessageContaining("left at schema 2");
        assertThat(version()).isEqualTo(2);
        assertThat(tables()).containsExactly("note", "tag");
        assertThat(database.read(() -> database.query("SELECT body FROM note", row -> row.string("body"))))
                .containsExactly("første");
    }

    @Test
    void aNewerVersionIsRefusedWithTheVersionsNamed() {
        SchemaMigrations migrations = new SchemaMigrations(FOLDER, List.of("001_notes.sql"));
        assertThatThrownBy(() -> migrations.migrate(database, 7)).isInstanceOf(StorageException.class)
                .hasMessage("This journal was written by a newer version of Refleksionsbog (schema 7, this version "
                        + "knows 1). Update the app to open it.")
                .satisfies(newer -> assertThat(((StorageException) newer).problem()).isEqualTo(StorageProblem.NEWER_VERSION));
        assertThat(tables()).isEmpty();
    }

    @Test
    void theJournalMigrationsAllExistInTheBuild() {
        SchemaMigrations journal = SchemaMigrations.JOURNAL;
        journal.migrate(database, 0);
        assertThat(version()).isEqualTo(journal.latestVersion());
        assertThat(database.read(() -> database.queryOne("PRAGMA integrity_check", row -> row.string(1)))).contains("ok");
        assertThat(database.read(() -> database.queryOne("PRAGMA foreign_key_check", row -> row.string(1)))).isEmpty();
    }
}
