package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * Checks a journal file without opening it for writing, so it can run while the app has the
 * journal open: it must be one of our journals, pass {@code PRAGMA integrity_check} and
 * {@code PRAGMA foreign_key_check}, and have a schema this version knows.
 */
public final class JournalCheck {
    private static final int MAX_REPORTED_PROBLEMS = 20;

    /**
     * @param schemaVersion the journal's schema version, 0 when it could not be read
     * @param problems empty when the journal is sound
     */
    public record Result(int schemaVersion, int latestSchemaVersion, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isSound() {
            return problems.isEmpty();
        }
    }

    private JournalCheck() {}

    public static Result check(Path journal) {
        int latest = SchemaMigrations.JOURNAL.latestVersion();
        List<String> problems = new ArrayList<>();
        try {
            if (JournalFileHeader.inspect(journal) == JournalFileHeader.State.NEW) {
                return new Result(0, latest, List.of("There is no journal in " + journal + " (the file is missing or empty)"));
            }
        } catch (StorageException notAJournal) {
            return new Result(0, latest, List.of(notAJournal.getMessage()));
        }
        int version = 0;
        try (Connection connection = openReadOnly(journal); Statement statement = connection.createStatement()) {
            version = single(statement, "PRAGMA user_version");
            if (version > latest) {
                problems.add("The journal has schema version " + version + ", newer than this version of Refleksionsbog ("
                        + latest + ")");
            } else if (version < 1) {
                problems.add("The journal has no schema yet; it was never opened completely");
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check(" + MAX_REPORTED_PROBLEMS + ")")) {
                while (rows.next()) {
                    String verdict = rows.getString(1);
                    if (!"ok".equals(verdict)) {
                        problems.add("Integrity: " + verdict);
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next() && problems.size() < MAX_REPORTED_PROBLEMS) {
                    problems.add("Reference: row " + rows.getLong(2) + " of " + rows.getString(1)
                            + " points to a missing row of " + rows.getString(3));
                }
            }
        } catch (SQLException unreadable) {
            problems.add("The journal could not be read: " + unreadable.getMessage());
        }
        return new Result(version, latest, problems);
    }

    private static int single(Statement statement, String pragma) throws SQLException {
        try (ResultSet result = statement.executeQuery(pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static Connection openReadOnly(Path journal) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(SqliteJournalStore.BUSY_TIMEOUT_MILLIS);
        return config.createConnection("jdbc:sqlite:" + journal.toAbsolutePath());
    }
}
