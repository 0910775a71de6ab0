package dk.refleksionsbog.app.autosave;

import java.time.LocalTime;

/**
 * What the status bar says about the leader's text.
 *
 * @param savedAt when the last save finished; null before the first save
 * @param failure why the last save failed; null otherwise
 */
public record SaveState(Status status, LocalTime savedAt, Exception failure) {

    /** The failure's own (English) message, for the logs; the status bar says it in the leader's language. */
    public String problem() {
        if (failure == null) {
            return null;
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    public enum Status {
        /** Nothing typed since the journal was opened. */
        IDLE,
        /** Edits wait for the typing pause or are being written. */
        SAVING,
        SAVED,
        FAILED,
        /** Text typed just before the program last stopped, and not saved then, was put into the journal on start. */
        RECOVERED
    }

    public static SaveState idle() {
        return new SaveState(Status.IDLE, null, null);
    }
}
