package dk.refleksionsbog.app.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.loop.PhaseChange;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopViewModelTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<UUID> opened = new ArrayList<>();
    private int sidebarRefreshes;
    private JournalStore store;
    private Autosave autosave;
    private Loop loop;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        loop = Journals.challengeWithFirstLoop(store, "Mødekultur i ledergruppen", clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LoopViewModel viewModel(UUID loopId) {
        LoopViewModel viewModel = new LoopViewModel(store, executor, autosave, clock, TEMPLATES, "da", loopId,
                () -> sidebarRefreshes++, opened::add);
        viewModel.load();
        return viewModel;
    }

    private Loop stored() {
        return store.loops().find(loop.id()).orElseThrow();
    }

    @Test
    void aNewLoopShowsTheChallengePhaseWithItsGuidingQuestions() {
        LoopViewModel viewModel = viewModel(loop.id());

        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.challengeTitleProperty().get()).isEqualTo("Mødekultur i ledergruppen");
        assertThat(viewModel.shownPhaseProperty().get()).isEqualTo(Phase.CHALLENGE);
        assertThat(viewModel.questions()).extracting(AnswerField::key)
                .containsExactlyElementsOf(TEMPLATES.questionsFor(Phase.CHALLENGE).stream().map(q -> q.key()).toList());
        assertThat(viewModel.questions().get(0).question()).isEqualTo("Hvordan kan man forstå problemet?");
    }

    @Test
    void typingAnAnswerSavesItAsARevisedAnswerOfTheLoop() {
        LoopViewModel viewModel = viewModel(loop.id());
        AnswerField first = viewModel.questions().get(0);

        first.textProperty().set("Uenigheden kommer ikke frem på mødet.");
        executor.runScheduled();
        clock.advance(Duration.ofMinutes(1));
        first.textProperty().set("Uenigheden kommer ikke frem på selve mødet.");
        executor.runScheduled();

        Answer answer = store.answers().find(loop.id(), first.key()).orElseThrow();
        assertThat(answer.text()).isEqualTo("Uenigheden kommer ikke frem på selve mødet.");
        assertThat(store.revisions().history(answer.id())).isNotEmpty();
        assertThat(first.answerIdProperty().get()).isEqualTo(answer.id());
    }

    @Test
    void answersAreShownAgainWhenTheLoopIsOpenedLater() {
        LoopViewModel viewModel = viewModel(loop.id());
        viewModel.questions().get(1).textProperty().set("Andre udlægninger: travlhed.");
        autosave.flush();

        LoopViewModel reopened = viewModel(loop.id());

        assertThat(reopened.questions().get(1).textProperty().get()).isEqualTo("Andre udlægninger: travlhed.");
    }

    @Test
    void theStepperMovesOneStepForwardAndRecordsTheMove() {
        LoopViewModel viewModel = viewModel(loop.id());

        viewModel.nextPhase();

        assertThat(viewModel.shownPhaseProperty().get()).isEqualTo(Phase.PLANNING);
        assertThat(stored().currentPhase()).isEqualTo(Phase.PLANNING);
        assertThat(sidebarRefreshes).isEqualTo(1);
        assertThat(viewModel.steps()).extracting(PhaseStep::state).containsExactly(PhaseStep.State.DONE,
                PhaseStep.State.CURRENT, PhaseStep.State.AHEAD, PhaseStep.State.AHEAD, PhaseStep.State.AHEAD,
                PhaseStep.State.AHEAD);
    }

    @Test
    void stepsThatWouldSkipAPhaseAreDisabledAndRejected() {
        LoopViewModel viewModel = viewModel(loop.id());

        assertThat(viewModel.steps()).extracting(PhaseStep::enabled)
                .containsExactly(true, true, false, false, false, false);

        viewModel.show(Phase.REFLECTION);

        assertThat(viewModel.problemProperty().get())
                .isEqualTo("Faserne tages i rækkefølge. Gør den fase, du er i, færdig, før du går videre.");
        assertThat(stored().currentPhase()).isEqualTo(Phase.CHALLENGE);
        assertThat(viewModel.shownPhaseProperty().get()).isEqualTo(Phase.CHALLENGE);
    }

    @Test
    void goingBackIsAllowedAndKeptInTheHistory() {
        LoopViewModel viewModel = viewModel(loop.id());
        viewModel.nextPhase();
        viewModel.nextPhase();

        viewModel.show(Phase.CHALLENGE);

        Loop saved = stored();
        assertThat(saved.currentPhase()).isEqualTo(Phase.CHALLENGE);
        assertThat(saved.history()).extracting(PhaseChange::to)
                .containsExactly(Phase.CHALLENGE, Phase.PLANNING, Phase.ACTION, Phase.CHALLENGE);
        assertThat(saved.history().get(3).isBackwards()).isTrue();
        assertThat(viewModel.steps().get(Phase.ACTION.ordinal()).enabled()).isTrue();
    }

    @Test
    void revealingAPhaseShowsItWithoutMovingTheLoop() {
        LoopViewModel viewModel = viewModel(loop.id());
        viewModel.nextPhase();
        viewModel.nextPhase();

        viewModel.reveal(Phase.CHALLENGE);

        assertThat(viewModel.shownPhaseProperty().get()).isEqualTo(Phase.CHALLENGE);
        assertThat(viewModel.questions().get(0).key()).isEqualTo("phase.challenge.q1");
        assertThat(stored().currentPhase()).isEqualTo(Phase.ACTION);
        assertThat(viewModel.steps().get(Phase.ACTION.ordinal()).state()).isEqualTo(PhaseStep.State.CURRENT);
    }

    @Test
    void thePlanningFormSavesTheTrialActionAndTheMeetingDate() {
        LoopViewModel viewModel = viewModel(loop.id());
        viewModel.nextPhase();

        assertThat(viewModel.trialAction()).extracting(AnswerField::key).containsExactly(
                LoopField.TRIAL_BASELINE.key(), LoopField.TRIAL_SUCCESS_CRITERION.key(),
                LoopField.TRIAL_INDICATORS.key(), LoopField.TRIAL_METHODS.key());
        viewModel.trialAction().get(0).textProperty().set("Kun orienteringspunkter på de sidste fem møder.");
        viewModel.firstReflectionMeetingProperty().set(LocalDate.of(2026, 12, 14));
        autosave.flush();

        assertThat(store.answers().textsByKey(loop.id()))
                .containsEntry(LoopField.TRIAL_BASELINE.key(), "Kun orienteringspunkter på de sidste fem møder.");
        assertThat(stored().firstReflectionMeeting()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(stored().currentPhase()).isEqualTo(Phase.PLANNING);
    }

    @Test
    void theTwoRatingsAreSavedAndTheirDifferenceShown() {
        LoopViewModel viewModel = viewModel(loop.id());
        assertThat(viewModel.ratingDifferenceProperty().get()).isNull();

        viewModel.ratingBeforeProperty().set(4);
        assertThat(viewModel.ratingDifferenceProperty().get()).isNull();
        viewModel.ratingAfterProperty().set(2);
        autosave.flush();

        assertThat(viewModel.ratingDifferenceProperty().get()).isEqualTo(-2);
        assertThat(stored().ratingBefore()).isEqualTo(4);
        assertThat(stored().ratingAfter()).isEqualTo(2);

        viewModel.clearRatingAfter();
        autosave.flush();
        assertThat(stored().ratingAfter()).isNull();
        assertThat(viewModel.ratingDifferenceProperty().get()).isNull();
    }

    @Test
    void aRatingOutsideOneToFiveIsExplainedAndNotSaved() {
        LoopViewModel viewModel = viewModel(loop.id());

        viewModel.ratingBeforeProperty().set(7);
        autosave.flush();

        assertThat(viewModel.problemProperty().get()).isEqualTo("Vælg et tal fra 1 til 5.");
        assertThat(stored().ratingBefore()).isNull();

        viewModel.ratingBeforeProperty().set(3);
        autosave.flush();

        assertThat(viewModel.problemProperty().get()).isNull();
        assertThat(stored().ratingBefore()).isEqualTo(3);
    }

    @Test
    void theLoopCannotBeFinishedWithoutADecidedNextAction() {
        LoopViewModel viewModel = walkedToNewAction();

        viewModel.startNextLoop();

        assertThat(viewModel.problemProperty().get())
                .isEqualTo("Skriv, hvilken ny handling du har besluttet, før du starter næste loop.");
        assertThat(opened).isEmpty();
        assertThat(store.loops().listByChallenge(loop.challengeId())).hasSize(1);
    }

    @Test
    void startingTheNextLoopFinishesThisOneAndCarriesTheDecisionOver() {
        LoopViewModel viewModel = walkedToNewAction();
        viewModel.decision().textProperty().set("Beslutningspunkter sendes ud tre dage før.");

        viewModel.startNextLoop();

        List<Loop> loops = store.loops().listByChallenge(loop.challengeId());
        assertThat(loops).hasSize(2);
        assertThat(loops.get(0).isFinished()).isTrue();
        Loop next = loops.get(1);
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.currentPhase()).isEqualTo(Phase.PLANNING);
        assertThat(next.carriedOverAction()).isEqualTo("Beslutningspunkter sendes ud tre dage før.");
        assertThat(store.answers().textsByKey(loop.id()))
                .containsEntry(LoopField.DECIDED_NEXT_ACTION.key(), "Beslutningspunkter sendes ud tre dage før.");
        assertThat(opened).containsExactly(next.id());

        LoopViewModel nextView = viewModel(next.id());
        assertThat(nextView.shownPhaseProperty().get()).isEqualTo(Phase.PLANNING);
        assertThat(nextView.carriedOverAction()).isEqualTo("Beslutningspunkter sendes ud tre dage før.");
    }

    @Test
    void aFinishedLoopCanBeReadPhaseByPhaseWithoutMovingIt() {
        LoopViewModel viewModel = walkedToNewAction();
        viewModel.decision().textProperty().set("Næste skridt");
        viewModel.startNextLoop();
        Loop finished = stored();

        LoopViewModel reading = viewModel(loop.id());
        assertThat(reading.steps()).allSatisfy(step -> assertThat(step.enabled()).isTrue());
        reading.show(Phase.PLANNING);

        assertThat(reading.shownPhaseProperty().get()).isEqualTo(Phase.PLANNING);
        assertThat(stored().history()).isEqualTo(finished.history());
        assertThat(reading.canGoToNextPhase()).isFalse();
    }

    @Test
    void aSharedChallengeIsReadOnly() {
        Challenge own = store.challenges().find(loop.challengeId()).orElseThrow();
        store.challenges().save(own.sharedBy("Mette Lund"));
        LoopViewModel viewModel = viewModel(loop.id());

        assertThat(viewModel.isReadOnly()).isTrue();
        assertThat(viewModel.sharedByProperty().get()).isEqualTo("Mette Lund");
        assertThat(viewModel.questions()).allSatisfy(field -> assertThat(field.isReadOnly()).isTrue());
        viewModel.questions().get(0).textProperty().set("Forsøg på at skrive");
        viewModel.nextPhase();
        autosave.flush();

        assertThat(store.answers().listByOwner(loop.id())).isEmpty();
        assertThat(stored().currentPhase()).isEqualTo(Phase.CHALLENGE);
    }

    @Test
    void entriesAndSparringCommentsAreShownWhereTheyBelong() {
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "Min forståelse", clock.instant());
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.STAR_MOMENT, "Alle talte på mødet",
                LocalDate.of(2026, 11, 20), clock.instant()).linkedTo(loop.challengeId(), loop.id(), Phase.CHALLENGE, clock.instant());
        store.answers().save(answer);
        store.entries().save(entry);
        store.comments().save(SparringComment.create(UUID.randomUUID(), answer.id(), loop.id(), "Mette Lund",
                "Hvem har du spurgt?", clock.instant()));
        store.comments().save(SparringComment.create(UUID.randomUUID(), entry.id(), loop.id(), "Jonas Berg",
                "Flot!", clock.instant()));

        LoopViewModel viewModel = viewModel(loop.id());

        assertThat(viewModel.questions().get(0).comments()).extracting(SparringComment::author).containsExactly("Mette Lund");
        assertThat(viewModel.questions().get(1).comments()).isEmpty();
        assertThat(viewModel.entries()).hasSize(1);
        EntryCard card = viewModel.entries().get(0);
        assertThat(card.kindLabel()).isEqualTo("Stjernestund");
        assertThat(card.comments()).extracting(SparringComment::text).containsExactly("Flot!");
    }

    @Test
    void onlyWrittenTextOfASharedLoopCanBeCommentedAndASavedCommentShowsAtOnce() {
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "Min forståelse", clock.instant());
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Referat fra mødet", LocalDate.of(2026, 11, 20),
                clock.instant()).linkedTo(loop.challengeId(), loop.id(), Phase.CHALLENGE, clock.instant());
        store.answers().save(answer);
        store.entries().save(entry);
        assertThat(viewModel(loop.id()).commentTarget(viewModel(loop.id()).questions().get(0)))
                .as("the leader does not comment on their own text").isEmpty();
        Challenge own = store.challenges().find(loop.challengeId()).orElseThrow();
        store.challenges().save(own.sharedBy("Anne Holm"));

        LoopViewModel viewModel = viewModel(loop.id());

        assertThat(viewModel.challengeId()).isEqualTo(loop.challengeId());
        assertThat(viewModel.commentTarget(viewModel.questions().get(1))).as("an unanswered question").isEmpty();
        var onAnswer = viewModel.commentTarget(viewModel.questions().get(0)).orElseThrow();
        assertThat(onAnswer.targetId()).isEqualTo(answer.id());
        assertThat(onAnswer.loopId()).isEqualTo(loop.id());
        assertThat(onAnswer.text()).isEqualTo("Min forståelse");
        var onEntry = viewModel.commentTarget(viewModel.entries().get(0)).orElseThrow();
        assertThat(onEntry.targetId()).isEqualTo(entry.id());
        assertThat(onEntry.what()).isEqualTo("Notat");

        SparringComment onTheAnswer = SparringComment.create(UUID.randomUUID(), answer.id(), loop.id(), "Mette Lund",
                "Hvem har du spurgt?", clock.instant());
        SparringComment onTheEntry = SparringComment.create(UUID.randomUUID(), entry.id(), loop.id(), "Mette Lund",
                "Hvad blev besluttet?", clock.instant());
        viewModel.commentSaved(onTheAnswer);
        viewModel.commentSaved(onTheEntry);

        assertThat(viewModel.questions().get(0).comments()).containsExactly(onTheAnswer);
        assertThat(viewModel.entries().get(0).comments()).containsExactly(onTheEntry);
        assertThat(viewModel.questions().get(0).textProperty().get()).isEqualTo("Min forståelse");
    }

    @Test
    void commentsImportedWhileTheLoopIsOpenAppearWhenItIsReadAgain() {
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "Min forståelse", clock.instant());
        store.answers().save(answer);
        LoopViewModel viewModel = viewModel(loop.id());
        store.comments().save(SparringComment.create(UUID.randomUUID(), answer.id(), loop.id(), "Mette Lund",
                "Hvem har du spurgt?", clock.instant()));

        viewModel.reloadEntries();

        assertThat(viewModel.questions().get(0).comments()).extracting(SparringComment::text)
                .containsExactly("Hvem har du spurgt?");
    }

    @Test
    void anEntryWrittenElsewhereAppearsWhenTheEntriesAreReadAgain() {
        LoopViewModel viewModel = viewModel(loop.id());
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Nyt notat", LocalDate.of(2026, 11, 23),
                clock.instant()).linkedTo(loop.challengeId(), loop.id(), Phase.CHALLENGE, clock.instant()));

        viewModel.reloadEntries();

        assertThat(viewModel.entries()).extracting(card -> card.entry().text()).containsExactly("Nyt notat");
    }

    private LoopViewModel walkedToNewAction() {
        LoopViewModel viewModel = viewModel(loop.id());
        while (viewModel.canGoToNextPhase()) {
            clock.advance(Duration.ofDays(1));
            viewModel.nextPhase();
        }
        assertThat(viewModel.canStartNextLoop()).isTrue();
        return viewModel;
    }
}
