package dk.refleksionsbog.bench;

import dk.refleksionsbog.core.example.LargeJournal;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The large journals the benchmarks read, written once by {@link LargeJournal} (the same writer as
 * {@code demo --entries N}) and reused by every later run: 100,000 entries take minutes to write.
 * The folder is the system property {@code refleksionsbog.bench.journals}, else {@code target/bench-journals};
 * bench/run.sh points it at the journals it made itself, named alike.
 */
final class BenchJournals {
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    private BenchJournals() {}

    static Path withEntries(int entries) {
        Path folder = Path.of(System.getProperty("refleksionsbog.bench.journals", "target/bench-journals"));
        Path journal = folder.resolve("j" + entries + ".refleksionsbog");
        if (Files.exists(journal)) {
            return journal;
        }
        // Written under another name and moved into place, so a run stopped half-way is not reused.
        Path partial = folder.resolve("partial-j" + entries + ".refleksionsbog");
        try {
            Files.createDirectories(folder);
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(Path.of(partial + suffix));
            }
            System.err.printf("Writing a journal with %d entries to %s (once)%n", entries, journal);
            try (SqliteJournalStore store = SqliteJournalStore.open(partial, FIXED)) {
                LargeJournal.writeInto(store, FIXED, entries, LargeJournal.DEFAULT_SEED);
            }
            Files.move(partial, journal, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return journal;
    }
}
