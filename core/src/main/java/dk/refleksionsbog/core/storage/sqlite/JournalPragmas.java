package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import java.util.Locale;

/**
 * The settings the journal's durability rests on, read back after opening: a pragma SQLite does
 * not understand or cannot apply is silently ignored, so setting it proves nothing.
 */
final class JournalPragmas {
    private JournalPragmas() {}

    static void verify(Database database) {
        expect(database, "foreign_keys", "1");
        expect(database, "journal_mode", "wal");
        expect(database, "synchronous", "2");
        expect(database, "busy_timeout", String.valueOf(SqliteJournalStore.BUSY_TIMEOUT_MILLIS));
        expect(database, "secure_delete", "1");
    }

    private static void expect(Database database, String pragma, String expected) {
        String actual = database.read(() -> database.queryOne("PRAGMA " + pragma, row -> row.string(1)).orElse(null));
        if (actual == null || !actual.toLowerCase(Locale.ROOT).equals(expected)) {
            throw new StorageException("The journal cannot be opened safely: the database setting " + pragma
                    + " is " + actual + " instead of " + expected + ".");
        }
    }
}
