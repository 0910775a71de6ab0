package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Shared set-up: instants with nanoseconds, so a lossy round trip shows. */
final class StoreFixture {
    static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456789Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T08:00:00.000000001Z"), ZoneOffset.UTC);

    private StoreFixture() {}

    static SqliteJournalStore open(Path folder) {
        return SqliteJournalStore.open(folder.resolve("journal.refleksionsbog"), CLOCK);
    }

    static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    static Challenge savedChallenge(SqliteJournalStore store, String title) {
        Challenge challenge = Challenge.create(UUID.randomUUID(), title, T0);
        store.challenges().save(challenge);
        return challenge;
    }

    static Loop savedLoop(SqliteJournalStore store, Challenge challenge) {
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), T0);
        store.loops().save(loop);
        return loop;
    }
}
