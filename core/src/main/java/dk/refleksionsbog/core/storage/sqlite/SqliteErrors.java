package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns driver errors into messages a leader can act on. */
final class SqliteErrors {
    private SqliteErrors() {}

    static StorageException toStorageException(SQLException failure) {
        return new StorageException(problemOf(failure), null, messageFor(failure), failure);
    }

    private static StorageProblem problemOf(SQLException failure) {
        if (!(failure instanceof SQLiteException sqlite) || sqlite.getResultCode() == null) {
            return StorageProblem.OTHER;
        }
        return switch (baseCode(sqlite.getResultCode())) {
            case 13 -> StorageProblem.DISK_FULL;
            case 8 -> StorageProblem.READ_ONLY;
            case 5, 6 -> StorageProblem.BUSY;
            case 11, 26 -> StorageProblem.DAMAGED;
            case 10, 14 -> StorageProblem.NOT_ACCESSIBLE;
            default -> StorageProblem.OTHER;
        };
    }

    private static String messageFor(SQLException failure) {
        SQLiteErrorCode code = failure instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        if (code == null) {
            return "The journal could not be read or written: " + failure.getMessage();
        }
        return switch (baseCode(code)) {
            case 13 -> "The disk is full, so the journal could not be saved. Free some space and try again.";
            case 8 -> "The journal file is read-only, so nothing can be saved. Check the file's permissions.";
            case 5, 6 -> "The journal is busy in another program. Try again in a moment.";
            case 11, 26 -> "The journal file is damaged or is not a Refleksionsbog journal.";
            case 10, 14 -> "The journal file could not be accessed: " + failure.getMessage();
            case 19 -> "The change was refused because it breaks the journal's consistency: " + failure.getMessage();
            default -> "The journal could not be read or written: " + failure.getMessage();
        };
    }

    /** Extended result codes carry the primary code in their low byte. */
    private static int baseCode(SQLiteErrorCode code) {
        return code.code & 0xff;
    }
}
