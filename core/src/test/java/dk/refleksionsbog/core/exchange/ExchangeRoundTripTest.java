package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.LATER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.content;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.open;
import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.example.LargeJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRoundTripTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("a whole journal survives export and import into an empty journal without losing anything")
    void wholeJournalRoundTripIsLossless() throws Exception {
        byte[] first;
        try (JournalStore original = open(folder, "original", OWNER_CLOCK)) {
            ExampleJournal.writeInto(original, OWNER_CLOCK);
            LargeJournal.writeInto(original, OWNER_CLOCK, 150, 7L);
            addHostileText(original);
            first = new ExchangeExporter(original, OWNER_CLOCK).toBytes(new ExchangeExporter(original, OWNER_CLOCK).journal());
        }
        byte[] second;
        try (JournalStore copy = open(folder, "copy", LATER_CLOCK)) {
            ImportReport report = new ExchangeImporter(copy).importBytes(first, null);
            assertThat(report.updated()).isZero();
            assertThat(report.keptLocal()).isZero();
            ExchangeExporter exporter = new ExchangeExporter(copy, LATER_CLOCK);
            second = exporter.toBytes(exporter.journal());
        }

        ExchangeDocument document = new ExchangeReader().read(first);
        assertThat(document.challenges()).hasSizeGreaterThan(2);
        assertThat(document.loops()).hasSizeGreaterThan(3);
        assertThat(document.answers()).hasSizeGreaterThan(30);
        assertThat(document.entries()).hasSizeGreaterThan(150);
        assertThat(document.meetings()).isNotEmpty();
        assertThat(document.jobVisits()).isNotEmpty();
        assertThat(document.comments()).isNotEmpty();
        assertThat(content(second)).isEqualTo(content(first));
    }

    @Test
    @DisplayName("re-importing the same file changes nothing")
    void reimportIsIdempotent() throws Exception {
        Path exported = folder.resolve("journal.json");
        try (JournalStore original = open(folder, "original", OWNER_CLOCK)) {
            ExampleJournal.writeInto(original, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(original, OWNER_CLOCK);
            exporter.write(exporter.journal(), exported, null);
        }
        try (JournalStore copy = open(folder, "copy", LATER_CLOCK)) {
            ExchangeImporter importer = new ExchangeImporter(copy);
            ImportReport first = importer.importFile(exported, null);
            ExchangeExporter exporter = new ExchangeExporter(copy, LATER_CLOCK);
            byte[] before = exporter.toBytes(exporter.journal());
            int revisionsBefore = copy.revisions().history(ExampleJournal.id("entry.3")).size();

            ImportReport again = importer.importFile(exported, null);

            assertThat(first.added()).isPositive();
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(again.unchanged()).isEqualTo(first.added());
            assertThat(again.changesSomething()).isFalse();
            assertThat(exporter.toBytes(exporter.journal())).isEqualTo(before);
            assertThat(copy.revisions().history(ExampleJournal.id("entry.3"))).hasSize(revisionsBefore);
        }
    }

    @Test
    @DisplayName("a newer local edit is never overwritten by an older file")
    void newerLocalEditWins() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(journal, OWNER_CLOCK);
            byte[] older = exporter.toBytes(exporter.loop(ExampleJournal.id("loop.meetings.1")));
            Answer baseline = baseline(journal);
            Answer edited = baseline.withText("Rettet i dag: ni ledere, ikke syv.", LATER_CLOCK.instant());
            journal.answers().save(edited);

            ImportReport report = new ExchangeImporter(journal).importBytes(older, null);

            assertThat(report.keptLocal()).isEqualTo(1);
            assertThat(report.updated()).isZero();
            assertThat(baseline(journal)).isEqualTo(edited);
        }
    }

    @Test
    @DisplayName("a newer export of the same journal updates the older local text and keeps it as a revision")
    void newerFileOfSameJournalUpdates() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            Answer baseline = baseline(journal);
            Answer edited = baseline.withText("Den nye tekst fra den bærbare.", LATER_CLOCK.instant());
            journal.answers().save(edited);
            ExchangeExporter exporter = new ExchangeExporter(journal, LATER_CLOCK);
            byte[] newer = exporter.toBytes(exporter.loop(ExampleJournal.id("loop.meetings.1")));
            journal.answers().save(baseline);

            ImportReport report = new ExchangeImporter(journal).importBytes(newer, null);

            assertThat(report.updated()).isEqualTo(1);
            assertThat(baseline(journal)).isEqualTo(edited);
            assertThat(journal.revisions().history(baseline.id()))
                    .anySatisfy(revision -> assertThat(revision.text()).isEqualTo(baseline.text()));
        }
    }

    @Test
    @DisplayName("a file from someone else's journal never changes the leader's own text, however new it claims to be")
    void foreignFileCannotChangeOwnText() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(journal, OWNER_CLOCK);
            ExchangeDocument own = exporter.loop(ExampleJournal.id("loop.meetings.1"));
            Answer baseline = baseline(journal);
            ExchangeDocument forged = new ExchangeDocument(own.format(), own.formatVersion(), own.exportedAt(),
                    "Nogen Andre", UUID.randomUUID(), own.scope(), null, own.challenges(), own.loops(),
                    own.answers().stream().map(answer -> answer.id().equals(baseline.id())
                            ? new ExchangeDocument.AnswerDto(answer.id(), answer.ownerId(), answer.fieldKey(),
                                    "Overskrevet!", answer.createdAt(), LATER_CLOCK.instant())
                            : answer).toList(),
                    own.entries(), own.meetings(), own.jobVisits(), own.comments());

            ImportReport report = new ExchangeImporter(journal).importBytes(exporter.toBytes(forged), null);

            assertThat(report.updated()).isZero();
            assertThat(report.keptLocal()).isEqualTo(1);
            assertThat(baseline(journal)).isEqualTo(baseline);
            assertThat(journal.challenges().find(ExampleJournal.id("challenge.meetings")).orElseThrow().isShared())
                    .isFalse();
        }
    }

    @Test
    @DisplayName("someone else's whole journal imported into a journal with content is shown as shared, not as our own")
    void foreignWholeJournalIsShared() throws Exception {
        byte[] theirs;
        try (JournalStore other = open(folder, "other", OWNER_CLOCK)) {
            ExampleJournal.writeInto(other, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(other, OWNER_CLOCK);
            theirs = exporter.toBytes(exporter.journal());
        }
        try (JournalStore mine = open(folder, "mine", LATER_CLOCK)) {
            mine.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Min egen note", LocalDate.of(2026, 12, 1),
                    LATER_CLOCK.instant()));
            UUID myId = mine.journal().id();

            ImportReport report = new ExchangeImporter(mine).importBytes(theirs, null);

            assertThat(report.sharedBy()).isEqualTo(ExampleJournal.OWNER_NAME);
            assertThat(mine.challenges().list()).allSatisfy(challenge ->
                    assertThat(challenge.sharedBy()).isEqualTo(ExampleJournal.OWNER_NAME));
            assertThat(mine.journal().id()).isEqualTo(myId);
            assertThat(mine.journal().ownerName()).isEmpty();
        }
    }

    private static Answer baseline(JournalStore journal) {
        return journal.answers().find(ExampleJournal.id("loop.meetings.1"), "trialAction.baseline").orElseThrow();
    }

    @Test
    @DisplayName("an encrypted export imports with its passphrase and the file holds no readable text")
    void encryptedRoundTrip() throws Exception {
        Path exported = folder.resolve("loop.refleksion");
        char[] passphrase = "mødekultur og kaffe".toCharArray();
        try (JournalStore owner = open(folder, "owner", OWNER_CLOCK)) {
            ExampleJournal.writeInto(owner, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(owner, OWNER_CLOCK);
            exporter.write(exporter.loop(ExampleJournal.id("loop.meetings.1")), exported, passphrase.clone());
        }
        assertThat(Files.readString(exported, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Mødekultur").doesNotContain("refleksionsbog-exchange");
        try (JournalStore partner = open(folder, "partner", LATER_CLOCK)) {
            assertThat(ExchangeImporter.isEncrypted(exported)).isTrue();
            ImportReport report = new ExchangeImporter(partner).importFile(exported, passphrase);
            assertThat(report.added()).isPositive();
            assertThat(partner.loops().find(ExampleJournal.id("loop.meetings.1"))).isPresent();
        }
    }

    /** Text that breaks naive encoders: emoji, combining marks, right-to-left script, control characters. */
    private static void addHostileText(JournalStore store) {
        String text = "Stjernestund 🌟👩🏽‍💼 — e\u0301 og a\u030a, שלום עולם, مرحبا, tab\there, bell\u0007, nul\u0000?, "
                + "\"citat\" \\ back\\slash </script> ${jndi:x} \r\nlinje";
        store.entries().save(new Entry(UUID.fromString("0e000000-0000-4000-8000-0000000000aa"), EntryKind.INSIGHT,
                text, LocalDate.of(2026, 11, 1), List.of("økonomi"), null, null, null, null, OWNER_CLOCK.instant(),
                OWNER_CLOCK.instant()));
    }
}
