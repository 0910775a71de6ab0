package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.open;
import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.example.LargeJournal;
import dk.refleksionsbog.core.exchange.ExchangeDocument.AnswerDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.ChallengeDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.CommentDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.EntryDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JobVisitDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JournalDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.LoopDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.MeetingDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.PhaseChangeDto;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token-by-token writer against Jackson's data binding of the same wire records, byte for byte. */
class ExchangeWriterTest {
    private static final String HOSTILE = "Stjernestund 🌟👩🏽‍💼 — e\u0301 og a\u030a, שלום, tab\there, bell\u0007, nul\u0000, "
            + "\"citat\" \\ back\\slash </script> \u2028 \r\nlinje";

    @TempDir
    Path folder;

    @Test
    @DisplayName("a whole journal, a loop, a challenge and a comments-only file are written exactly as data binding writes them")
    void exportsOfAJournalAreTheDataBindingBytes() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            LargeJournal.writeInto(journal, OWNER_CLOCK, 60, 11L);
            journal.entries().save(new Entry(UUID.fromString("0e000000-0000-4000-8000-0000000000aa"), EntryKind.INSIGHT,
                    HOSTILE, LocalDate.of(2026, 11, 1), List.of("økonomi", "\"citat\" \\ ☂"), null, null, null, null,
                    OWNER_CLOCK.instant(), OWNER_CLOCK.instant()));
            ExchangeExporter exporter = new ExchangeExporter(journal, OWNER_CLOCK);
            List<ExchangeDocument> documents = List.of(exporter.journal(),
                    exporter.loop(ExampleJournal.id("loop.meetings.1")),
                    exporter.challenge(journal.challenges().list().get(0).id()),
                    withScope(exporter.loop(ExampleJournal.id("loop.meetings.1")), ExchangeScope.COMMENTS));

            for (ExchangeDocument document : documents) {
                assertSameBytes(document);
            }
            assertThat(documents.get(0).meetings()).isNotEmpty();
            assertThat(documents.get(0).jobVisits()).isNotEmpty();
            assertThat(documents.get(0).comments()).isNotEmpty();
        }
    }

    @Test
    @DisplayName("every field filled, every optional field absent, and every list empty are written as data binding writes them")
    void everyFieldFormIsTheDataBindingBytes() throws Exception {
        UUID id = UUID.fromString("0e000000-0000-4000-8000-000000000001");
        Instant whole = Instant.parse("2026-11-23T09:00:00Z");
        Instant millis = Instant.parse("2026-11-23T09:00:00.120Z");
        Instant micros = Instant.parse("2026-11-23T09:00:00.000123Z");
        Instant nanos = Instant.parse("1999-12-31T23:59:59.999999999Z");
        LocalDate day = LocalDate.of(2026, 2, 28);
        ExchangeDocument filled = new ExchangeDocument(ExchangeFormat.FORMAT, ExchangeFormat.VERSION, nanos, HOSTILE, id,
                "journal", new JournalDto(id, HOSTILE, "da", "standard", "strategi", whole, millis),
                List.of(new ChallengeDto(id, HOSTILE, "beskrivelse", "ACTIVE", List.of("a", "æ"), "i", "l", "r", "w",
                        "Bo", micros, nanos)),
                List.of(new LoopDto(id, id, 3, "TRIAL", List.of(new PhaseChangeDto("A", "B", millis)), 2, 9, day,
                        "videre", nanos, whole, micros)),
                List.of(new AnswerDto(id, id, "baseline", HOSTILE, whole, whole)),
                List.of(new EntryDto(id, "INSIGHT", HOSTILE, day, List.of("x"), id, id, "TRIAL", "OBSERVED", whole, nanos)),
                List.of(new MeetingDto(id, "REFLECTION", "Møde", day, LocalTime.of(9, 30), 90, "Lokale 2",
                        List.of("Bo", "Ane"), id, id, whole, millis),
                        new MeetingDto(id, "REFLECTION", "Møde", day, LocalTime.of(9, 30, 15, 500_000_000), 0, null,
                                List.of(), null, null, whole, millis)),
                List.of(new JobVisitDto(id, "rolle", "partner", "aktivitet", day, List.of("f"), id, whole, whole)),
                List.of(new CommentDto(id, id, id, "Bo", HOSTILE, whole, micros)));
        ExchangeDocument absent = new ExchangeDocument(ExchangeFormat.FORMAT, ExchangeFormat.VERSION, whole, null, null,
                "loop", null,
                List.of(new ChallengeDto(id, null, null, null, null, null, null, null, null, null, null, null)),
                List.of(new LoopDto(id, null, 0, null, null, null, null, null, null, null, null, null),
                        new LoopDto(id, null, 1, null, List.of(), null, null, null, null, null, null, null)),
                List.of(new AnswerDto(null, null, null, null, null, null)),
                List.of(new EntryDto(null, null, null, null, null, null, null, null, null, null, null)),
                List.of(new MeetingDto(null, null, null, null, null, 0, null, null, null, null, null, null)),
                List.of(new JobVisitDto(null, null, null, null, null, null, null, null, null)),
                List.of(new CommentDto(null, null, null, null, null, null, null)));
        ExchangeDocument empty = new ExchangeDocument(ExchangeFormat.FORMAT, ExchangeFormat.VERSION, whole, "", id,
                "comments", null, null, null, null, null, null, null, null);

        for (ExchangeDocument document : List.of(filled, absent, empty)) {
            assertSameBytes(document);
        }
    }

    private static void assertSameBytes(ExchangeDocument document) throws Exception {
        byte[] expected = DataBinding.write(document);
        byte[] written = ExchangeWriter.toBytes(document);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(Arrays.equals(written, expected)).isTrue();
    }

    private static ExchangeDocument withScope(ExchangeDocument document, ExchangeScope scope) {
        return new ExchangeDocument(document.format(), document.formatVersion(), document.exportedAt(),
                document.exportedBy(), document.journalId(), scope.wireName(), null, new ArrayList<>(), List.of(),
                List.of(), List.of(), List.of(), List.of(), document.comments());
    }
}
