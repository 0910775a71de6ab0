package dk.refleksionsbog.app.backup;

import java.util.concurrent.Callable;

/**
 * A restore replaces the journal file, so the journal must be closed around it and opened again
 * afterwards; the wiring point owns the open journal and does both.
 */
public interface JournalReopening {

    /** Runs on the background worker: closes the journal, does the work, opens the journal again. */
    <T> T whileClosed(Callable<T> work) throws Exception;

    /** Runs on the UI thread after {@link #whileClosed}: the screens show the journal as reopened. */
    void showReopened();
}
