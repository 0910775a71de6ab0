package dk.refleksionsbog.core.exchange;

/**
 * An exchange file was not imported because something in it is wrong; the journal is unchanged.
 * The message names what is wrong and where, and is meant for the user.
 */
public class ImportRejectedException extends Exception {
    public ImportRejectedException(String message) {
        super(message);
    }

    public ImportRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
