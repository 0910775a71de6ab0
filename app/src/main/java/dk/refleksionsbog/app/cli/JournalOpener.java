package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;

/** Opens (creating if needed) the journal file a command works on. */
@FunctionalInterface
public interface JournalOpener {
    JournalStore open(Path journal);
}
