package dk.refleksionsbog.core.storage.sqlite;

import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.T0;
import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.StorageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionTest {
    @TempDir
    Path folder;

    SqliteJournalStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> texts(List<Revision> revisions) {
        return revisions.stream().map(Revision::text).toList();
    }

    @Test
    void everyChangedAnswerTextIsKeptNewestFirstWithItsSaveTime() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "En", T0);
        store.answers().save(answer);
        store.answers().save(answer.withText("To", at(1)));
        store.answers().save(answer.withText("To", at(2)));
        store.answers().save(answer.withText("Tre", at(3)));

        List<Revision> history = store.revisions().history(answer.id());
        assertThat(texts(history)).containsExactly("Tre", "To", "En");
        assertThat(history).extracting(Revision::savedAt).containsExactly(at(3), at(1), T0);
        assertThat(history).allSatisfy(revision -> {
            assertThat(revision.targetId()).isEqualTo(answer.id());
            assertThat(revision.field()).isEqualTo(Revision.TEXT);
        });
    }

    @Test
    void anEmptyNewAnswerHasNoHistoryYet() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "", T0);
        store.answers().save(answer);
        assertThat(store.revisions().history(answer.id())).isEmpty();
    }

    @Test
    void anAnswerSavedEmptyFirstGetsItsHistoryAndIsFoundOnceItHasText() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "", T0);
        store.answers().save(answer);
        store.answers().save(answer.withText("Tilliden voksede", at(1)));

        assertThat(texts(store.revisions().history(answer.id()))).containsExactly("Tilliden voksede");
        assertThat(store.search().search("tilliden", 10)).hasSize(1);
    }

    @Test
    void anEntryDeletedAndSavedAgainWithItsIdStartsAFreshHistoryAndIsFoundByItsNewTextOnly() {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Første tekst om tillid", LocalDate.of(2026, 3, 1), T0);
        store.entries().save(entry);
        store.entries().save(entry.withText("Anden tekst om tillid", at(1)));
        store.entries().delete(entry.id());

        Entry again = Entry.create(entry.id(), EntryKind.NOTE, "Tredje tekst om mod", LocalDate.of(2026, 3, 2), at(2));
        store.entries().save(again);
        store.entries().save(again.withText("Fjerde tekst om mod og tvivl", at(2)));

        // Saved in the same instant: the order of saving decides which is newest.
        assertThat(texts(store.revisions().history(entry.id())))
                .containsExactly("Fjerde tekst om mod og tvivl", "Tredje tekst om mod");
        assertThat(store.search().search("tillid", 10)).isEmpty();
        assertThat(store.search().search("tvivl", 10)).extracting(hit -> hit.targetId()).containsExactly(entry.id());
    }

    @Test
    void restoringAnAnswerRevisionPutsTheTextBackAndBecomesTheNewestRevision() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "Oprindelig", T0);
        store.answers().save(answer);
        store.answers().save(answer.withText("Ødelagt", at(1)));
        Revision original = store.revisions().history(answer.id()).get(1);

        assertThat(store.revisions().restore(original.id())).isEqualTo("Oprindelig");

        Answer restored = store.answers().find(answer.id()).orElseThrow();
        assertThat(restored.text()).isEqualTo("Oprindelig");
        assertThat(restored.updatedAt()).isEqualTo(StoreFixture.CLOCK.instant());
        assertThat(texts(store.revisions().history(answer.id()))).containsExactly("Oprindelig", "Ødelagt", "Oprindelig");
        assertThat(store.search().search("oprindelig", 10)).hasSize(1);
        assertThat(store.search().search("ødelagt", 10)).isEmpty();
    }

    @Test
    void restoringAnEntryRevisionPutsTheTextBack() {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.INSIGHT, "Første udkast", LocalDate.of(2026, 3, 1), T0);
        store.entries().save(entry);
        store.entries().save(entry.withText("Andet udkast", at(1)));
        Revision first = store.revisions().history(entry.id()).get(1);

        store.revisions().restore(first.id());

        assertThat(store.entries().find(entry.id()).orElseThrow().text()).isEqualTo("Første udkast");
        assertThat(store.revisions().history(entry.id())).hasSize(3);
    }

    @Test
    void challengeDescriptionChangesAreKeptAndRestorable() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        store.challenges().save(challenge.withDescription("Version 1", at(1)));
        store.challenges().save(challenge.withDescription("Version 1", at(1)).withTitle("Ny titel", at(2)));
        store.challenges().save(challenge.withDescription("Version 2", at(3)));
        List<Revision> history = store.revisions().history(challenge.id());
        assertThat(texts(history)).containsExactly("Version 2", "Version 1");
        assertThat(history).allSatisfy(revision -> assertThat(revision.field()).isEqualTo(Revision.DESCRIPTION));

        store.revisions().restore(history.get(1).id());

        assertThat(store.challenges().find(challenge.id()).orElseThrow().description()).isEqualTo("Version 1");
    }

    @Test
    void eachOfAChallengesIntentionTextsKeepsItsOwnRestorableHistory() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Challenge first = challenge.withIntention("Borgeren i centrum", "Lytte mere", "To timer om ugen",
                challenge.workMode(), at(1));
        store.challenges().save(first);
        store.challenges().save(first.withIntention("Borgeren i centrum", "Spørge før jeg svarer", "To timer om ugen",
                challenge.workMode(), at(2)));

        List<Revision> history = store.revisions().history(challenge.id());
        assertThat(history).filteredOn(revision -> revision.field().equals(Revision.LEARNING_NEED))
                .extracting(Revision::text).containsExactly("Spørge før jeg svarer", "Lytte mere");
        assertThat(history).filteredOn(revision -> revision.field().equals(Revision.STRATEGIC_INTENTION))
                .extracting(Revision::text).containsExactly("Borgeren i centrum");
        assertThat(history).filteredOn(revision -> revision.field().equals(Revision.RESOURCES))
                .extracting(Revision::text).containsExactly("To timer om ugen");

        Revision earlierNeed = history.stream().filter(revision -> revision.text().equals("Lytte mere")).findFirst()
                .orElseThrow();
        store.revisions().restore(earlierNeed.id());

        Challenge restored = store.challenges().find(challenge.id()).orElseThrow();
        assertThat(restored.learningNeed()).isEqualTo("Lytte mere");
        assertThat(restored.strategicIntention()).isEqualTo("Borgeren i centrum");
        assertThat(restored.resources()).isEqualTo("To timer om ugen");
    }

    @Test
    void restoringAnUnknownRevisionIsRefusedClearly() {
        assertThatThrownBy(() -> store.revisions().restore(UUID.randomUUID())).isInstanceOf(StorageException.class)
                .hasMessageContaining("no longer exists");
    }

    @Test
    void revisionsSurviveReopening() {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Gemt", LocalDate.of(2026, 3, 1), T0);
        store.entries().save(entry);
        List<Revision> before = store.revisions().history(entry.id());
        store.close();
        store = StoreFixture.open(folder);
        assertThat(store.revisions().history(entry.id())).isEqualTo(before);
    }
}
