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
        FAILED
    }

    public static SaveState idle() {
        return new SaveState(Status.IDLE, null, null);
    }
}
