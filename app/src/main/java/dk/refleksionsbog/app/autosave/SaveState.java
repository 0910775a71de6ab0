package dk.refleksionsbog.app.autosave;

import java.time.LocalTime;

/**
 * What the status bar says about the leader's text.
 *
 * @param savedAt when the last save finished; null before the first save
 * @param problem the storage message of the last failed save; null otherwise
 */
public record SaveState(Status status, LocalTime savedAt, String problem) {

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
