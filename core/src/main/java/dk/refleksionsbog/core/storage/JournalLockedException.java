package dk.refleksionsbog.core.storage;

import java.nio.file.Path;

/** Another window or process has the journal open; opening it twice would let one overwrite the other. */
public class JournalLockedException extends StorageException {
    public JournalLockedException(String message) {
        this(message, null);
    }

    public JournalLockedException(String message, Path journalFile) {
        super(StorageProblem.LOCKED, journalFile, message);
    }
}
