package dk.refleksionsbog.app.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerFields;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.Question;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The draft file that keeps what is typed during the typing pause, and how the next start puts it
 * into the journal. Background draft writes run when the test says so.
 */
class DraftsTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T13:32:10Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<Runnable> draftWrites = new ArrayList<>();
    private JournalStore store;
    private Autosave autosave;
    private Loop loop;
    private AnswerField field;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        loop = Journals.challengeWithFirstLoop(store, "Mødekultur i ledergruppen", clock);
        autosave = new Autosave(store, executor, clock, Duration.ofMillis(600),
                new DraftWriter(DraftFile.of(store.path()), store.journal().id(), draftWrites::add));
        field = answerFields().field(firstQuestion());
        clock.advance(Duration.ofMinutes(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AnswerFields answerFields() {
        return new AnswerFields(loop.id(), store.answers().listByOwner(loop.id()), autosave, clock,
                TEMPLATES.wording("da", ""), false);
    }

    private static Question firstQuestion() {
        return TEMPLATES.questionsFor(Phase.CHALLENGE).get(0);
    }

    private void type(String text) {
        for (int end = 1; end <= text.length(); end++) {
            field.textProperty().set(text.substring(0, end));
        }
    }

    private void runDraftWrites() {
        List<Runnable> due = List.copyOf(draftWrites);
        draftWrites.clear();
        due.forEach(Runnable::run);
    }

    private DraftFile draftFile() {
        return DraftFile.of(store.path());
    }

    private List<String> draftAnswerTexts() {
        return draftFile().read().map(edits -> edits.answers().stream().map(Answer::text).toList()).orElse(List.of());
    }

    @Test
    void typingKeepsOnlyTheNewestUnsavedTextInTheDraftFileAndCoalescesTheWrites() {
        type("Vi taler om borgerne");

        assertThat(draftWrites).as("one write waits, however many keystrokes").hasSize(1);
        runDraftWrites();
        assertThat(draftAnswerTexts()).containsExactly("Vi taler om borgerne");
        assertThat(store.answers().listByOwner(loop.id())).as("the typing pause has not ended").isEmpty();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theDraftFileIsUserOnlyAndLivesBesideTheJournal() throws IOException {
        type("Privat");
        runDraftWrites();

        Path draft = draftFile().path();
        assertThat(draft.getParent()).isEqualTo(store.path().toRealPath().getParent());
        assertThat(draft.getFileName().toString()).isEqualTo(store.path().getFileName() + "-drafts");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft))).isEqualTo("rw-------");
    }

    @Test
    void theDraftFileIsRemovedOnceTheTypingPauseHasSavedEverything() {
        type("Gemmes snart");
        runDraftWrites();

        executor.runScheduled();
        runDraftWrites();

        assertThat(store.answers().listByOwner(loop.id())).extracting(Answer::text).containsExactly("Gemmes snart");
        assertThat(draftFile().path()).doesNotExist();
    }

    @Test
    void textTypedWhileAnEarlierSaveIsWrittenStaysInTheDraftFile() {
        type("Første");
        executor.runScheduled();
        clock.advance(Duration.ofSeconds(5));
        type("Første og anden");
        runDraftWrites();

        assertThat(draftAnswerTexts()).containsExactly("Første og anden");
    }

    @Test
    void flushEmptiesTheDraftFileBeforeItReturnsAndAnOlderWriteStillQueuedCannotBringItBack() {
        type("Skrevet");
        runDraftWrites();
        clock.advance(Duration.ofSeconds(1));
        type("Skrevet om");
        assertThat(draftWrites).as("a write with the older state waits").hasSize(1);

        autosave.flush();
        assertThat(draftFile().path()).doesNotExist();
        runDraftWrites();

        assertThat(draftFile().path()).as("the queued older state was dropped").doesNotExist();
        assertThat(store.answers().listByOwner(loop.id())).extracting(Answer::text).containsExactly("Skrevet om");
    }

    @Test
    void aFailedSaveKeepsTheTextInTheDraftFile() {
        type("Når disken er fuld");
        runDraftWrites();
        store.close();

        autosave.flush();
        runDraftWrites();

        assertThat(autosave.stateProperty().get().status()).isEqualTo(SaveState.Status.FAILED);
        assertThat(draftAnswerTexts()).containsExactly("Når disken er fuld");
        store = Journals.open(folder, clock);
    }

    @Test
    void onTheNextStartADraftNewerThanTheJournalIsPutIntoItAndTheReplacedTextKeptAsARevision() {
        type("Gemt tekst");
        executor.runScheduled();
        clock.advance(Duration.ofSeconds(3));
        type("Gemt tekst og mere, som aldrig blev gemt");
        runDraftWrites();
        Entry note = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "En ny note", LocalDate.of(2026, 11, 23),
                clock.instant());
        autosave.edited(note);
        Challenge challenge = store.challenges().find(loop.challengeId()).orElseThrow();
        autosave.edited(challenge.withTitle("Mødekultur i hele huset", clock.instant()));
        runDraftWrites();

        int recovered = DraftRecovery.recover(store);

        assertThat(recovered).isEqualTo(3);
        assertThat(store.challenges().find(challenge.id())).get().extracting(Challenge::title)
                .isEqualTo("Mødekultur i hele huset");
        Answer answer = store.answers().listByOwner(loop.id()).get(0);
        assertThat(answer.text()).isEqualTo("Gemt tekst og mere, som aldrig blev gemt");
        assertThat(store.revisions().history(answer.id())).extracting(Revision::text).contains("Gemt tekst");
        assertThat(store.entries().find(note.id())).contains(note);
        assertThat(draftFile().path()).doesNotExist();
    }

    @Test
    void aDraftWhoseSaveWentThroughBeforeTheStopChangesNothing() {
        type("Allerede gemt");
        runDraftWrites();
        executor.runScheduled();
        // the process stopped before the draft file was emptied
        Answer saved = store.answers().listByOwner(loop.id()).get(0);

        assertThat(DraftRecovery.recover(store)).isZero();
        assertThat(store.answers().listByOwner(loop.id())).containsExactly(saved);
        assertThat(store.revisions().history(saved.id())).hasSize(1);
        assertThat(draftFile().path()).doesNotExist();
    }

    @Test
    void aDraftOlderThanTheJournalDoesNotOverwriteLaterText() {
        type("Kladde");
        runDraftWrites();
        Path draftCopy = folder.resolve("kopi");
        copy(draftFile().path(), draftCopy);
        clock.advance(Duration.ofMinutes(1));
        type("Senere tekst, gemt");
        autosave.flush();
        copy(draftCopy, draftFile().path());

        assertThat(DraftRecovery.recover(store)).isZero();
        assertThat(store.answers().listByOwner(loop.id())).extracting(Answer::text).containsExactly("Senere tekst, gemt");
    }

    @Test
    void draftsOfAnotherJournalAreNeverAppliedButKeptAside() throws IOException {
        type("Fra en anden dagbog");
        runDraftWrites();
        String foreign = Files.readString(draftFile().path(), StandardCharsets.UTF_8)
                .replace(store.journal().id().toString(), UUID.randomUUID().toString());
        Files.writeString(draftFile().path(), foreign, StandardCharsets.UTF_8);

        assertThat(DraftRecovery.recover(store)).isZero();
        assertThat(store.answers().listByOwner(loop.id())).isEmpty();
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("test.refleksionsbog-drafts-"));
        }
    }

    @Test
    void anUnreadableDraftFileIsKeptAsideAndTheJournalStillOpens() throws IOException {
        Files.writeString(draftFile().path(), "{ ikke json", StandardCharsets.UTF_8);

        assertThat(DraftRecovery.recover(store)).isZero();
        assertThat(draftFile().path()).doesNotExist();
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("test.refleksionsbog-drafts-"));
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theSameJournalReachedThroughALinkHasTheSameDraftFile() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("genvej.refleksionsbog"), store.path());

        assertThat(DraftFile.of(link).path()).isEqualTo(DraftFile.of(store.path()).path());
        assertThat(DraftFile.of(folder.resolve("sub").resolve("..").resolve("test.refleksionsbog")).path())
                .isEqualTo(DraftFile.of(store.path()).path());
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }
}
