package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Whatever bytes arrive, the importer either accepts them or rejects them with an
 * {@link ImportRejectedException}; any other exception is a finding. In a normal build the
 * committed inputs under {@code ExchangeFuzzTestInputs} run as regression tests; {@code JAZZER_FUZZ=1}
 * fuzzes.
 */
class ExchangeFuzzTest {
    private static Path folder;
    private static JournalStore journal;
    private static ExchangeImporter importer;

    @BeforeAll
    static void journalWithContent() throws IOException {
        folder = Files.createTempDirectory("exchange-fuzz");
        journal = ExchangeFixture.open(folder, "journal", OWNER_CLOCK);
        ExampleJournal.writeInto(journal, OWNER_CLOCK);
        importer = new ExchangeImporter(journal);
    }

    @AfterAll
    static void close() throws IOException {
        journal.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException undeletable) {
                    throw new UncheckedIOException(undeletable);
                }
            });
        }
    }

    @FuzzTest(maxDuration = "10m")
    void previewRejectsOrAccepts(byte[] file) {
        try {
            importer.preview(file, null);
        } catch (ImportRejectedException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("A rejection without a message", expected);
            }
        }
    }
}
