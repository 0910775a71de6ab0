package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.open;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.example.LargeJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the wire records from a parsed file by hand, against Jackson's data binding of the same tree. */
class ExchangeBinderTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("exported journals, loops and challenges and a partner's file are read into the records data binding read")
    void readsWhatDataBindingRead() throws Exception {
        List<byte[]> files = new ArrayList<>();
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            LargeJournal.writeInto(journal, OWNER_CLOCK, 60, 5L);
            ExchangeExporter exporter = new ExchangeExporter(journal, OWNER_CLOCK);
            files.add(exporter.toBytes(exporter.journal()));
            files.add(exporter.toBytes(exporter.loop(ExampleJournal.id("loop.meetings.1"))));
            files.add(exporter.toBytes(exporter.challenge(journal.challenges().list().get(0).id())));
        }
        try (InputStream in = ExchangeBinderTest.class.getResourceAsStream("good/loop-from-anne.json")) {
            files.add(in.readAllBytes());
        }

        for (byte[] file : files) {
            JsonNode parsed = tree(file);
            ExchangeDocument expected = DataBinding.read(parsed);
            assertThat(ExchangeBinder.bind(parsed)).isEqualTo(expected);
        }
        ExchangeDocument whole = ExchangeBinder.bind(tree(files.get(0)));
        assertThat(whole.journal()).isNotNull();
        assertThat(whole.meetings()).isNotEmpty();
        assertThat(whole.jobVisits()).isNotEmpty();
        assertThat(whole.comments()).isNotEmpty();
        assertThat(whole.loops()).allSatisfy(loop -> assertThat(loop.phaseHistory()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
        "/entries/0/occurredOn      | \"2026-02-30\"",
        "/entries/0/createdAt       | \"2026-13-01T10:00:00Z\"",
        "/meetings/0/startTime      | \"25:00\"",
        "/meetings/0/date           | \"2026-04-31\"",
        "/loops/0/phaseHistory/0/at | \"2026-11-23T23:60:00Z\"",
        "/loops/0/ratingBefore      | 4.0",
        "/loops/0/number            | 2.0",
        "/meetings/0/durationMinutes | null",
        "/formatVersion             | 1.0",
        "/entries/0/id              | \"not-an-id\"",
        "/entries/0/tags            | 7",
        "/entries/0                 | null",
        "/loops/0/phaseHistory/0    | \"CHALLENGE\"",
    })
    @DisplayName("values that the records cannot hold are refused with where they are, as data binding refused them")
    void refusesWhatDataBindingRefused(String pointer, String value) throws Exception {
        ObjectNode file;
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(journal, OWNER_CLOCK);
            file = (ObjectNode) tree(exporter.toBytes(exporter.journal()));
        }
        replace(file, pointer.strip(), tree(value.strip().getBytes()));

        assertThatThrownBy(() -> DataBinding.read(file)).isNotNull();
        assertRefused(file, pointer.strip());
    }

    @Test
    @DisplayName("a number where text belongs is refused (data binding made text of it; the schema refuses it first)")
    void refusesANumberForText() throws Exception {
        ObjectNode file;
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            ExchangeExporter exporter = new ExchangeExporter(journal, OWNER_CLOCK);
            file = (ObjectNode) tree(exporter.toBytes(exporter.journal()));
        }
        replace(file, "/challenges/0/title", tree("7".getBytes()));

        assertRefused(file, "/challenges/0/title");
    }

    private static void assertRefused(ObjectNode file, String pointer) {
        assertThatThrownBy(() -> ExchangeBinder.bind(file))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageStartingWith("The value at " + pointer + " is not valid: ");
    }

    private static void replace(ObjectNode file, String pointer, JsonNode value) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = pointer.substring(0, last).isEmpty() ? file : file.at(pointer.substring(0, last));
        String name = pointer.substring(last + 1);
        assertThat(parent.isMissingNode()).as(pointer).isFalse();
        if (parent instanceof ArrayNode list) {
            list.set(Integer.parseInt(name), value);
        } else {
            assertThat(parent.has(name)).as(pointer).isTrue();
            ((ObjectNode) parent).set(name, value);
        }
    }
}
