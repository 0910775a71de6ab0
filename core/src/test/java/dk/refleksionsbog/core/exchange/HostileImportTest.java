package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.fingerprint;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of broken or hostile file is rejected with a message, and the journal it was
 * imported into is byte-for-byte what it was before.
 */
class HostileImportTest {
    private static final String GOOD = new String(ExchangeReaderTest.resource("good/loop-from-anne.json"),
            StandardCharsets.UTF_8);

    @TempDir
    static Path folder;

    private static JournalStore journal;
    private static ExchangeImporter importer;

    @BeforeAll
    static void journalWithContent() {
        journal = open(folder, "journal", OWNER_CLOCK);
        ExampleJournal.writeInto(journal, OWNER_CLOCK);
        importer = new ExchangeImporter(journal);
    }

    @AfterAll
    static void close() {
        journal.close();
    }

    static Stream<String> badFiles() throws IOException, URISyntaxException {
        Path bad = Path.of(HostileImportTest.class.getResource("bad").toURI());
        try (Stream<Path> files = Files.list(bad)) {
            List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(40);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    @DisplayName("each file of the bad corpus is rejected and the journal is unchanged")
    void badCorpus(String name) {
        rejectedWithJournalUnchanged(ExchangeReaderTest.resource("bad/" + name));
    }

    @Test
    @DisplayName("10,000 levels of nesting")
    void deepNesting() {
        String deep = GOOD.replace("\"meetings\": []", "\"meetings\": " + "[".repeat(10_000) + "]".repeat(10_000));
        assertThat(rejectedWithJournalUnchanged(deep.getBytes(StandardCharsets.UTF_8))).contains("nesting");
    }

    @Test
    @DisplayName("a 50 MB string")
    void hugeString() {
        String huge = GOOD.replace("Hvem sætter dagsordenen i dag?", "x".repeat(50 * 1024 * 1024));
        assertThat(rejectedWithJournalUnchanged(huge.getBytes(StandardCharsets.UTF_8))).contains("String value length");
    }

    @Test
    @DisplayName("a 200 MB file is refused by its size before it is read")
    void hugeFile() throws Exception {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024);
        }
        String before = fingerprint(journal.path());

        assertThatThrownBy(() -> importer.importFile(file, null))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("largest exchange file");
        assertThat(fingerprint(journal.path())).isEqualTo(before);
        Files.delete(file);
    }

    @Test
    @DisplayName("an id that the journal uses for another kind of object")
    void idOfAnotherKind() {
        String entryId = ExampleJournal.id("entry.1").toString();
        String collision = GOOD.replace("a1000000-0000-4000-8000-000000000001", entryId);
        assertThat(rejectedWithJournalUnchanged(collision.getBytes(StandardCharsets.UTF_8)))
                .contains(entryId).contains("already uses this id for an entry");
    }

    @Test
    @DisplayName("a new loop that takes the number of an existing loop of the same challenge")
    void loopNumberTaken() {
        String challengeId = ExampleJournal.id("challenge.meetings").toString();
        String clash = GOOD.replace("c0000000-0000-4000-8000-000000000001", challengeId);
        assertThat(rejectedWithJournalUnchanged(clash.getBytes(StandardCharsets.UTF_8)))
                .contains("already has a loop 1");
    }

    @Test
    @DisplayName("an encrypted file with the wrong passphrase, and one with a changed byte")
    void encryptedWrongPassphraseOrTampered() {
        ExchangeCrypto crypto = new ExchangeCrypto();
        byte[] sealed = crypto.encrypt(GOOD.getBytes(StandardCharsets.UTF_8), "rigtig passphrase".toCharArray());
        String before = fingerprint(journal.path());

        assertThatThrownBy(() -> importer.importBytes(sealed, "forkert passphrase".toCharArray()))
                .hasMessage("Wrong passphrase or the file was changed");
        byte[] tampered = Arrays.copyOf(sealed, sealed.length);
        tampered[tampered.length / 2] ^= 0x20;
        assertThatThrownBy(() -> importer.importBytes(tampered, "rigtig passphrase".toCharArray()))
                .hasMessage("Wrong passphrase or the file was changed");
        assertThatThrownBy(() -> importer.importBytes(sealed, null)).hasMessageContaining("encrypted")
                .satisfies(locked -> assertThat(((ImportRejectedException) locked).problem())
                        .isEqualTo(ImportProblem.PASSPHRASE_NEEDED));
        assertThat(fingerprint(journal.path())).isEqualTo(before);
    }

    @Test
    @DisplayName("the good sample itself imports, so the corpus fails for the reason it was made for")
    void goodSampleImports() throws Exception {
        try (JournalStore empty = open(folder, "empty", OWNER_CLOCK)) {
            ImportReport report = new ExchangeImporter(empty).importBytes(GOOD.getBytes(StandardCharsets.UTF_8), null);
            assertThat(report.added()).isEqualTo(5);
            assertThat(report.sharedBy()).isEqualTo("Anne Sørensen");
        }
    }

    private static String rejectedWithJournalUnchanged(byte[] content) {
        String before = fingerprint(journal.path());
        ImportRejectedException rejected = org.junit.jupiter.api.Assertions.assertThrows(
                ImportRejectedException.class, () -> importer.importBytes(content, null));
        assertThat(rejected.getMessage()).isNotBlank().doesNotContain("\n");
        assertThat(fingerprint(journal.path())).isEqualTo(before);
        return rejected.getMessage();
    }
}
