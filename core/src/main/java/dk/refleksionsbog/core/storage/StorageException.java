package dk.refleksionsbog.core.storage;

/** The journal file could not be read or written; the message is meant for the user. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
