package dk.refleksionsbog.core.storage.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a leader deletes must not stay readable in the file (secure_delete): the raw bytes of the
 * closed journal no longer hold the deleted text or its earlier revisions. Single words may stay
 * in the full-text index until it merges its segments; whole sentences do not.
 */
class DeletedTextTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
    private static final String FIRST = "Medarbejderen Jensen græd efter mødet om omstruktureringen";
    private static final String SECOND = "Jensen har bedt om forflyttelse til hjemmeplejen i Vamdrup";
    private static final String LONG = "Borgeren på Skovvej fortalte om sin søn. ".repeat(400);

    @TempDir
    Path folder;

    @Test
    @DisplayName("a deleted entry's text and revisions are gone from the journal file's bytes")
    void deletedTextDoesNotLinger() throws IOException {
        Path journal = writeEntriesThen(true);

        String bytes = rawText(journal);
        assertThat(bytes).doesNotContain(FIRST).doesNotContain(SECOND).doesNotContain(LONG.substring(0, 120));
    }

    @Test
    @DisplayName("the check can see text: without the deletion the same sentences are in the file")
    void keptTextIsVisibleToTheCheck() throws IOException {
        Path journal = writeEntriesThen(false);

        String bytes = rawText(journal);
        assertThat(bytes).contains(FIRST).contains(SECOND).contains(LONG.substring(0, 120));
    }

    private Path writeEntriesThen(boolean delete) {
        Path journal = folder.resolve("journal.refleksionsbog");
        try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, FIRST, LocalDate.of(2026, 11, 23), CLOCK.instant());
            store.entries().save(entry);
            store.entries().save(entry.withText(SECOND, CLOCK.instant()));
            Entry longEntry = Entry.create(UUID.randomUUID(), EntryKind.OBSERVATION, LONG, LocalDate.of(2026, 11, 23),
                    CLOCK.instant());
            store.entries().save(longEntry);
            if (delete) {
                store.entries().delete(entry.id());
                store.entries().delete(longEntry.id());
            }
        }
        assertThat(folder.resolve("journal.refleksionsbog-wal")).as("closing folded the log into the file").doesNotExist();
        return journal;
    }

    private static String rawText(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
