package dk.refleksionsbog.app.testing;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/** Real journal files for tests. */
public final class Journals {
    private Journals() {}

    public static JournalStore open(Path folder, Clock clock) {
        return SqliteJournalStore.open(folder.resolve("test.refleksionsbog"), clock);
    }

    /** Stores a challenge with its first loop and returns the loop. */
    public static Loop challengeWithFirstLoop(JournalStore store, String title, Clock clock) {
        Challenge challenge = Challenge.create(UUID.randomUUID(), title, clock.instant());
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), clock.instant());
        store.inTransaction(() -> {
            store.challenges().save(challenge);
            store.loops().save(loop);
        });
        return loop;
    }
}
