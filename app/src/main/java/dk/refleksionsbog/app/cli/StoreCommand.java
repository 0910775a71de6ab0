package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;

/** A subcommand that opens the journal, does its work and closes it again. */
abstract class StoreCommand extends JournalCommand {
    /** Whether the command may create the journal file when it does not exist yet. */
    protected boolean createsJournal() {
        return false;
    }

    /**
     * Runs before the journal is opened, on the same thread: checks of the command's input that
     * need no journal, and work to start while the journal is opened (which takes a while,
     * creating one longer).
     */
    protected void beforeOpening() throws Exception {}

    protected abstract void run(JournalStore store) throws Exception;

    @Override
    public final Integer call() throws Exception {
        Path journal = createsJournal() ? journal() : existingJournal();
        beforeOpening();
        try (JournalStore store = context().opener().open(journal)) {
            run(store);
        }
        out().flush();
        return 0;
    }
}
