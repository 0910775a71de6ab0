package dk.refleksionsbog.core.storage.durability;

import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.nio.file.Path;
import java.time.Clock;

/** The one place the crash test opens a journal, in the writer and in the checking parent alike. */
final class CrashJournal {
    private CrashJournal() {}

    static JournalStore open(Path journal) {
        return SqliteJournalStore.open(journal, Clock.systemUTC());
    }
}
