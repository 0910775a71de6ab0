package dk.refleksionsbog.core.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoints run on the calling thread here (a same-thread executor), so nothing waits on timing. */
class BackgroundCheckpointsTest {
    @TempDir
    Path folder;

    Path file;
    Connection writer;
    BackgroundCheckpoints checkpoints;

    @BeforeEach
    void openJournalWhoseLogIsNeverCheckpointedByTheWriter() throws SQLException, IOException {
        file = folder.resolve("journal.db");
        writer = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA wal_autocheckpoint = 0");
            statement.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
            statement.execute("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
                    INSERT INTO note (text) SELECT printf('%.1000c', 'x') FROM n""");
        }
        checkpoints = new BackgroundCheckpoints(JournalFileIdentity.of(file), Runnable::run);
    }

    @AfterEach
    void close() throws SQLException {
        checkpoints.close();
        writer.close();
    }

    @Test
    void theLogIsCopiedIntoTheJournalFileAfterEnoughCommits() throws IOException {
        long before = Files.size(file);
        for (int i = 1; i < BackgroundCheckpoints.COMMITS_BETWEEN_CHECKPOINTS; i++) {
            checkpoints.committed(false);
        }
        assertThat(Files.size(file)).isEqualTo(before);
        checkpoints.committed(false);
        assertThat(Files.size(file)).isGreaterThan(before + 200 * 1000);
    }

    @Test
    void aLargeCommitIsCopiedAtOnce() throws IOException {
        long before = Files.size(file);
        checkpoints.committed(true);
        assertThat(Files.size(file)).isGreaterThan(before + 200 * 1000);
    }

    @Test
    void closingLetsTheJournalsOwnConnectionCloseLastAndRemoveTheLog() throws SQLException {
        checkpoints.committed(true);
        checkpoints.close();
        writer.close();
        assertThat(folder.resolve("journal.db-wal")).doesNotExist();
    }
}
