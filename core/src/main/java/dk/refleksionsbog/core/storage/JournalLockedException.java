package dk.refleksionsbog.core.storage;

/** Another window or process has the journal open; opening it twice would let one overwrite the other. */
public class JournalLockedException extends StorageException {
    public JournalLockedException(String message) {
        super(message);
    }
}
