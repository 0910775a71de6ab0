package dk.refleksionsbog.core.example;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path folder;

    @Test
    @DisplayName("the example has two challenges, loops with answers, every kind of entry, meetings, a job visit and a comment")
    void exampleIsComplete() {
        try (JournalStore store = SqliteJournalStore.open(folder.resolve("eksempel.refleksionsbog"), CLOCK)) {
            ExampleJournal.writeInto(store, CLOCK);

            assertThat(store.journal().ownerName()).isEqualTo(ExampleJournal.OWNER_NAME);
            assertThat(store.challenges().list()).hasSize(2);
            List<Loop> loops = store.loops().listByChallenge(ExampleJournal.id("challenge.meetings"));
            assertThat(loops).extracting(Loop::number).containsExactly(1, 2);
            assertThat(loops.get(0).isFinished()).isTrue();
            assertThat(loops.get(0).ratingBefore()).isEqualTo(4);
            assertThat(loops.get(1).carriedOverAction()).isNotBlank();
            assertThat(store.answers().listByOwner(loops.get(0).id())).hasSizeGreaterThan(20);
            Set<EntryKind> kinds = store.entries().list(EntryQuery.all(100)).stream().map(Entry::kind)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryKind.class)));
            assertThat(kinds).containsExactlyInAnyOrder(EntryKind.values());
            assertThat(store.meetings().list()).hasSize(3);
            assertThat(store.jobVisits().list()).hasSize(1);
            assertThat(store.comments().listByLoop(loops.get(0).id())).hasSize(1);
            assertThat(store.search().search("vagtplanen", 10)).isNotEmpty();
        }
    }

    @Test
    @DisplayName("every answer of the example and the large journal answers a question of the default template set")
    void answersUseTemplateKeys() {
        TemplateSet templates = TemplateRegistry.loadDefault().defaultSet();
        try (JournalStore store = SqliteJournalStore.open(folder.resolve("keys.refleksionsbog"), CLOCK)) {
            ExampleJournal.writeInto(store, CLOCK);
            LargeJournal.writeInto(store, CLOCK, 50, 3L);
            List<Answer> answers = new ArrayList<>();
            store.challenges().list().forEach(challenge -> store.loops().listByChallenge(challenge.id())
                    .forEach(loop -> answers.addAll(store.answers().listByOwner(loop.id()))));
            store.meetings().list().stream().map(Meeting::id).forEach(id -> answers.addAll(store.answers().listByOwner(id)));
            store.jobVisits().list().stream().map(JobVisit::id).forEach(id -> answers.addAll(store.answers().listByOwner(id)));

            assertThat(answers).hasSizeGreaterThan(50);
            assertThat(answers).allSatisfy(answer ->
                    assertThat(templates.findField(answer.fieldKey())).as(answer.fieldKey()).isPresent());
        }
    }

    @Test
    @DisplayName("writing the example twice changes nothing")
    void exampleTwice() {
        try (JournalStore store = SqliteJournalStore.open(folder.resolve("twice.refleksionsbog"), CLOCK)) {
            ExampleJournal.writeInto(store, CLOCK);
            List<Entry> entries = store.entries().list(EntryQuery.all(100));
            ExampleJournal.writeInto(store, CLOCK);
            assertThat(store.entries().list(EntryQuery.all(100))).isEqualTo(entries);
        }
    }

    @Test
    @DisplayName("the large journal has the asked number of 0.5–2 KB entries and is the same for the same seed")
    void largeJournalIsDeterministic() {
        try (JournalStore first = SqliteJournalStore.open(folder.resolve("a.refleksionsbog"), CLOCK);
                JournalStore second = SqliteJournalStore.open(folder.resolve("b.refleksionsbog"), CLOCK)) {
            LargeJournal.writeInto(first, CLOCK, 120, 11L);
            LargeJournal.writeInto(second, CLOCK, 120, 11L);

            List<Entry> entries = second.entries().list(EntryQuery.all(1000));
            assertThat(entries).hasSize(120).isEqualTo(first.entries().list(EntryQuery.all(1000)));
            assertThat(entries).allSatisfy(entry -> assertThat(entry.text().length()).isBetween(500, 2300));
            assertThat(second.challenges().list()).isEqualTo(first.challenges().list());
        }
    }
}
