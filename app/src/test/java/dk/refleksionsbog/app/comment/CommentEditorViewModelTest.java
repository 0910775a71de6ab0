package dk.refleksionsbog.app.comment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.comment.CommentEditorViewModel.Missing;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentEditorViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<SparringComment> saved = new ArrayList<>();
    private JournalStore store;
    private Loop loop;
    private Answer answer;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        loop = Journals.challengeWithFirstLoop(store, "Mødekultur i ledergruppen", clock);
        answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "Møderne fyldes af orientering.",
                clock.instant());
        store.answers().save(answer);
        clock.advance(Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CommentEditorViewModel editor() {
        CommentEditorViewModel editor = new CommentEditorViewModel(store, executor, clock,
                new CommentTarget(answer.id(), loop.id(), "Hvordan kan man forstå problemet?", answer.text()), FailureTexts.forLanguage("da"));
        editor.load();
        return editor;
    }

    @Test
    void theFirstCommentAsksForTheNameAndRemembersItInTheJournalWithTheComment() {
        CommentEditorViewModel editor = editor();
        assertThat(editor.askForNameProperty().get()).isTrue();
        editor.textProperty().set("Hvem sætter dagsordenen?");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.authorProperty().set("  Mette Lund ");
        editor.save(saved::add);

        assertThat(saved).singleElement().satisfies(comment -> {
            assertThat(comment.author()).isEqualTo("Mette Lund");
            assertThat(comment.text()).isEqualTo("Hvem sætter dagsordenen?");
            assertThat(comment.targetId()).isEqualTo(answer.id());
            assertThat(comment.loopId()).isEqualTo(loop.id());
            assertThat(comment.createdAt()).isEqualTo(Instant.parse("2026-11-23T09:05:00Z"));
        });
        assertThat(store.comments().listByTarget(answer.id())).containsExactlyElementsOf(saved);
        assertThat(store.journal().ownerName()).isEqualTo("Mette Lund");
        assertThat(store.answers().find(answer.id())).contains(answer);
    }

    @Test
    void onceTheNameIsKnownItIsNotAskedAgainButCanBeChanged() {
        store.saveJournal(store.journal().withOwnerName("Mette Lund", clock.instant()));

        CommentEditorViewModel editor = editor();

        assertThat(editor.askForNameProperty().get()).isFalse();
        assertThat(editor.authorProperty().get()).isEqualTo("Mette Lund");
        editor.changeName();
        assertThat(editor.askForNameProperty().get()).isTrue();
        editor.authorProperty().set("Mette L. Holm");
        editor.textProperty().set("Godt spørgsmål.");
        editor.save(saved::add);

        assertThat(saved.get(0).author()).isEqualTo("Mette L. Holm");
        assertThat(store.journal().ownerName()).isEqualTo("Mette L. Holm");
        assertThat(editor.askForNameProperty().get()).isFalse();
    }

    @Test
    void aCommentWithoutTextOrNameIsNotSavedAndSaysWhatIsMissing() {
        CommentEditorViewModel editor = editor();

        editor.textProperty().set("   ");
        editor.authorProperty().set("Mette Lund");
        editor.save(saved::add);
        assertThat(editor.missingProperty().get()).isEqualTo(Missing.TEXT);

        editor.textProperty().set("Hvem sætter dagsordenen?");
        editor.authorProperty().set(" ");
        editor.save(saved::add);
        assertThat(editor.missingProperty().get()).isEqualTo(Missing.NAME);

        assertThat(saved).isEmpty();
        assertThat(store.comments().listByLoop(loop.id())).isEmpty();
        assertThat(store.journal().ownerName()).isEmpty();
    }

    @Test
    void aCommentCannotBeSavedBeforeTheNameHasBeenRead() {
        CommentEditorViewModel editor = new CommentEditorViewModel(store, executor, clock,
                new CommentTarget(answer.id(), loop.id(), "", answer.text()), FailureTexts.forLanguage("da"));
        editor.textProperty().set("Hvem sætter dagsordenen?");
        editor.authorProperty().set("Mette Lund");

        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(store.comments().listByLoop(loop.id())).isEmpty();
    }

    @Test
    void aFailedSaveSaysWhyAndStoresNothing() {
        CommentEditorViewModel editor = new CommentEditorViewModel(store, executor, clock,
                new CommentTarget(answer.id(), UUID.randomUUID(), "", "Et loop, der ikke er i journalen"), FailureTexts.forLanguage("da"));
        editor.load();
        editor.textProperty().set("Hvem sætter dagsordenen?");
        editor.authorProperty().set("Mette Lund");

        editor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(editor.problemProperty().get()).isNotBlank();
        assertThat(editor.savingProperty().get()).isFalse();
        assertThat(store.journal().ownerName()).as("the name goes with the comment or not at all").isEmpty();
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        store = new FailingStore(store).failWith(StorageProblem.DISK_FULL);

        CommentEditorViewModel editor = new CommentEditorViewModel(store, executor, clock,
                new CommentTarget(answer.id(), loop.id(), "", answer.text()), FailureTexts.forLanguage("da"));
        editor.load();

        assertThat(editor.problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
