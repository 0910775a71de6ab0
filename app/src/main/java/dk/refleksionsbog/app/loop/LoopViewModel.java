package dk.refleksionsbog.app.loop;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerFields;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.comment.CommentTarget;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.i18n.InputProblem;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.loop.Evaluation;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.loop.PhaseChange;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.FieldKind;
import dk.refleksionsbog.core.template.PhaseGuide;
import dk.refleksionsbog.core.template.Question;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The heart of the app: one loop of a challenge. It holds the phase stepper, the guiding
 * questions of the phase on screen with their answers, the trial-action form, the before/after
 * evaluation with the two ratings, the decided next action and the loop's entries. Text is
 * autosaved; moving the stepper and finishing the loop are saved at once.
 */
public final class LoopViewModel {
    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Autosave autosave;
    private final Clock clock;
    private final TemplateSet templates;
    private final String language;
    private final UUID loopId;
    private final Runnable onLoopChanged;
    private final Consumer<UUID> openLoop;

    private final ReadOnlyObjectWrapper<Loop> loop = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper challengeTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sharedBy = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Phase> shownPhase = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PhaseStep> steps = FXCollections.observableArrayList();
    private final ObservableList<PhaseStep> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<AnswerField> questions = FXCollections.observableArrayList();
    private final ObservableList<AnswerField> readOnlyQuestions = FXCollections.unmodifiableObservableList(questions);
    private final ObservableList<AnswerField> trialAction = FXCollections.observableArrayList();
    private final ObservableList<AnswerField> readOnlyTrialAction = FXCollections.unmodifiableObservableList(trialAction);
    private final ObjectProperty<LocalDate> firstReflectionMeeting = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> ratingBefore = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> ratingAfter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Integer> ratingDifference = new ReadOnlyObjectWrapper<>();
    private final ObservableList<EntryCard> entries = FXCollections.observableArrayList();
    private final ObservableList<EntryCard> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private Wording wording;
    private AnswerFields answers;
    private List<SparringComment> comments = List.of();
    private boolean applying;

    public LoopViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Clock clock,
            TemplateSet templates, String language, UUID loopId, Runnable onLoopChanged, Consumer<UUID> openLoop) {
        this.store = store;
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.templates = templates;
        this.language = language;
        this.loopId = loopId;
        this.onLoopChanged = onLoopChanged;
        this.openLoop = openLoop;
        firstReflectionMeeting.addListener((observable, before, date) -> changeLoop(
                current -> current.withFirstReflectionMeeting(date, now(current))));
        ratingBefore.addListener((observable, before, rating) -> changeLoop(
                current -> current.withRatingBefore(rating, now(current))));
        ratingAfter.addListener((observable, before, rating) -> changeLoop(
                current -> current.withRatingAfter(rating, now(current))));
    }

    /** Reads the loop, its challenge, answers, entries and comments in the background. */
    public void load() {
        executor.submit(this::read, this::apply, this::showProblem);
    }

    private LoopData read() {
        Loop found = store.loops().find(loopId)
                .orElseThrow(() -> new DomainRuleViolation(DomainRuleViolation.Kind.NO_LONGER_IN_JOURNAL,
                        "The loop " + loopId + " is not in this journal"));
        Challenge challenge = store.challenges().find(found.challengeId())
                .orElseThrow(() -> new DomainRuleViolation(DomainRuleViolation.Kind.NO_LONGER_IN_JOURNAL,
                        "The challenge of loop " + found.number() + " is missing"));
        return new LoopData(found, challenge, store.answers().listByOwner(loopId),
                store.entries().list(EntryQuery.ofLoop(loopId)), store.comments().listByLoop(loopId),
                store.journal().strategyName());
    }

    private void apply(LoopData data) {
        applying = true;
        try {
            wording = templates.wording(language, data.strategyName());
            loop.set(data.loop());
            challengeTitle.set(data.challenge().title());
            sharedBy.set(data.challenge().sharedBy());
            answers = new AnswerFields(loopId, data.answers(), autosave, clock, wording, data.challenge().isShared());
            trialAction.setAll(answers.fields(textFields(templates.trialAction().fields())));
            firstReflectionMeeting.set(data.loop().firstReflectionMeeting());
            ratingBefore.set(data.loop().ratingBefore());
            ratingAfter.set(data.loop().ratingAfter());
            showComments(data.entries(), data.comments());
            show(data.loop().currentPhase());
            updateRatingDifference();
        } finally {
            applying = false;
        }
        loaded.set(true);
    }

    private static List<Question> textFields(List<Question> fields) {
        return fields.stream().filter(field -> field.kind() == FieldKind.TEXT).toList();
    }

    private void showComments(List<Entry> loopEntries, List<SparringComment> loaded) {
        comments = List.copyOf(loaded);
        answers.showComments(comments);
        entries.setAll(loopEntries.stream().map(entry -> card(entry, comments)).toList());
    }

    private EntryCard card(Entry entry, List<SparringComment> comments) {
        return new EntryCard(entry, wording.label(templates.entryKind(entry.kind())),
                comments.stream().filter(comment -> comment.targetId().equals(entry.id())).toList());
    }

    // ---- outputs ----

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Loop> loopProperty() {
        return loop.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty challengeTitleProperty() {
        return challengeTitle.getReadOnlyProperty();
    }

    /** The sparring partner who shared the challenge; null for the leader's own. */
    public ReadOnlyStringProperty sharedByProperty() {
        return sharedBy.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return sharedBy.get() != null;
    }

    public boolean isFinished() {
        return loop.get() != null && loop.get().isFinished();
    }

    public ReadOnlyObjectProperty<Phase> shownPhaseProperty() {
        return shownPhase.getReadOnlyProperty();
    }

    public ObservableList<PhaseStep> steps() {
        return readOnlySteps;
    }

    public String phaseTitle(Phase phase) {
        return wording.title(guide(phase));
    }

    public String phaseExplanation(Phase phase) {
        return wording.explanation(guide(phase));
    }

    private PhaseGuide guide(Phase phase) {
        return templates.phase(phase);
    }

    /** The guiding questions of the phase on screen. */
    public ObservableList<AnswerField> questions() {
        return readOnlyQuestions;
    }

    public String trialActionTitle() {
        return wording.title(templates.trialAction());
    }

    /** Baseline, success criterion, indicators, methods and informants. */
    public ObservableList<AnswerField> trialAction() {
        return readOnlyTrialAction;
    }

    public String firstReflectionMeetingLabel() {
        return wording.label(templates.field(TemplateSet.FIRST_REFLECTION_MEETING));
    }

    public ObjectProperty<LocalDate> firstReflectionMeetingProperty() {
        return firstReflectionMeeting;
    }

    /** The previous loop's decided next action; empty in loop 1. */
    public String carriedOverAction() {
        return loop.get() == null ? "" : loop.get().carriedOverAction();
    }

    public String evaluationTitle() {
        return wording.title(templates.evaluation());
    }

    public AnswerField evaluationField(LoopField field) {
        return answers.field(templates.field(field));
    }

    public AnswerField decision() {
        return answers.field(templates.field(LoopField.DECIDED_NEXT_ACTION));
    }

    public String ratingLabel(boolean before) {
        return wording.text(templates.field(before ? TemplateSet.RATING_BEFORE : TemplateSet.RATING_AFTER));
    }

    /** 1–5, or null while not rated. */
    public ObjectProperty<Integer> ratingBeforeProperty() {
        return ratingBefore;
    }

    public ObjectProperty<Integer> ratingAfterProperty() {
        return ratingAfter;
    }

    /** After minus before; null until both are rated. */
    public ReadOnlyObjectProperty<Integer> ratingDifferenceProperty() {
        return ratingDifference.getReadOnlyProperty();
    }

    public ObservableList<EntryCard> entries() {
        return readOnlyEntries;
    }

    /** Why the last command could not be carried out, in the leader's language; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---- commands ----

    /**
     * Shows a phase. On an open loop of the leader's own this moves the loop there (a move back is
     * recorded in the loop's history); a finished or shared loop only shows it.
     */
    public void show(Phase phase) {
        Loop current = loop.get();
        if (current == null || phase == null) {
            return;
        }
        if (movable() && phase != current.currentPhase()) {
            try {
                Loop moved = current.moveTo(phase, now(current));
                loop.set(moved);
                autosave.edited(moved);
                autosave.saveInBackground();
                onLoopChanged.run();
            } catch (DomainRuleViolation rejected) {
                problem.set(FailureTexts.forLanguage(language).describe(rejected));
                return;
            }
        }
        problem.set(null);
        questions.setAll(answers.fields(templates.questionsFor(phase)));
        shownPhase.set(phase);
        updateSteps();
    }

    /**
     * Shows a phase without moving the loop, e.g. to show where a search hit lives; the stepper
     * still marks where the loop is.
     */
    public void reveal(Phase phase) {
        if (loop.get() == null || phase == null) {
            return;
        }
        questions.setAll(answers.fields(templates.questionsFor(phase)));
        shownPhase.set(phase);
        updateSteps();
    }

    /** Moves on to the next phase; in NEW_ACTION use {@link #startNextLoop()}. */
    public void nextPhase() {
        Loop current = loop.get();
        if (current != null) {
            current.currentPhase().next().ifPresent(this::show);
        }
    }

    public boolean canGoToNextPhase() {
        Loop current = loop.get();
        return current != null && movable() && current.currentPhase().next().isPresent();
    }

    public boolean canStartNextLoop() {
        Loop current = loop.get();
        return current != null && movable() && current.currentPhase() == Phase.NEW_ACTION;
    }

    /**
     * Finishes this loop with the decided next action and begins the next one, both stored in one
     * transaction; then the next loop is opened.
     */
    public void startNextLoop() {
        Loop current = loop.get();
        String decided = decision().textProperty().get();
        if (decided == null || decided.isBlank()) {
            problem.set(FailureTexts.forLanguage(language).describe(InputProblem.DECISION_MISSING));
            return;
        }
        Loop.Succession succession;
        try {
            succession = current.finish(decided, UUID.randomUUID(), now(current));
        } catch (DomainRuleViolation rejected) {
            problem.set(FailureTexts.forLanguage(language).describe(rejected));
            return;
        }
        problem.set(null);
        autosave.flush();
        executor.submit(() -> {
            store.inTransaction(() -> {
                store.loops().save(succession.finished());
                store.loops().save(succession.next());
            });
            return succession;
        }, stored -> {
            loop.set(stored.finished());
            updateSteps();
            openLoop.accept(stored.next().id());
        }, this::showProblem);
    }

    /** Reads the loop's entries again, after one was written elsewhere. */
    public void reloadEntries() {
        executor.submit(() -> new EntriesAndComments(store.entries().list(EntryQuery.ofLoop(loopId)),
                store.comments().listByLoop(loopId)), read -> {
                    if (answers != null) {
                        showComments(read.entries(), read.comments());
                    }
                }, this::showProblem);
    }

    /** The challenge the loop belongs to; null until loaded. */
    public UUID challengeId() {
        return loop.get() == null ? null : loop.get().challengeId();
    }

    /** Whether the user may comment here: on a loop someone shared with them, never on their own. */
    public boolean canComment() {
        return isReadOnly();
    }

    /** The answer as a comment's target; empty when nothing has been written to comment on. */
    public Optional<CommentTarget> commentTarget(AnswerField field) {
        UUID answerId = field.answerIdProperty().get();
        if (!canComment() || answerId == null) {
            return Optional.empty();
        }
        return Optional.of(new CommentTarget(answerId, loopId, field.label(), field.textProperty().get()));
    }

    public Optional<CommentTarget> commentTarget(EntryCard card) {
        if (!canComment()) {
            return Optional.empty();
        }
        return Optional.of(new CommentTarget(card.entry().id(), loopId, card.kindLabel(), card.entry().text()));
    }

    /** Shows a comment just stored next to the text it comments on, without reading the loop again. */
    public void commentSaved(SparringComment comment) {
        if (!comment.loopId().equals(loopId) || answers == null) {
            return;
        }
        List<SparringComment> updated = new ArrayList<>(comments);
        updated.removeIf(shown -> shown.id().equals(comment.id()));
        updated.add(comment);
        showComments(entries.stream().map(EntryCard::entry).toList(), updated);
    }

    private record EntriesAndComments(List<Entry> entries, List<SparringComment> comments) {}

    public void clearRatingBefore() {
        ratingBefore.set(null);
    }

    public void clearRatingAfter() {
        ratingAfter.set(null);
    }

    // ---- internals ----

    private boolean movable() {
        return !isReadOnly() && !isFinished();
    }

    private Instant now(Loop current) {
        Instant now = clock.instant();
        Instant latest = current.updatedAt();
        for (PhaseChange change : current.history()) {
            if (change.at().isAfter(latest)) {
                latest = change.at();
            }
        }
        return now.isBefore(latest) ? latest : now;
    }

    private void changeLoop(java.util.function.UnaryOperator<Loop> change) {
        Loop current = loop.get();
        if (applying || current == null) {
            return;
        }
        if (isReadOnly()) {
            return;
        }
        Loop changed;
        try {
            changed = change.apply(current);
        } catch (DomainRuleViolation rejected) {
            problem.set(FailureTexts.forLanguage(language).describe(rejected));
            return;
        }
        problem.set(null);
        loop.set(changed);
        autosave.edited(changed);
        updateRatingDifference();
    }

    private void updateRatingDifference() {
        Integer before = ratingBefore.get();
        Integer after = ratingAfter.get();
        Optional<Integer> difference = new Evaluation("", "", "", "", "", "", "", before, after).ratingDifference();
        ratingDifference.set(difference.orElse(null));
    }

    private void updateSteps() {
        Loop current = loop.get();
        List<PhaseStep> updated = new ArrayList<>();
        Phase furthest = current.furthestPhase();
        for (Phase phase : Phase.values()) {
            PhaseStep.State state;
            if (phase == current.currentPhase() && !current.isFinished()) {
                state = PhaseStep.State.CURRENT;
            } else if (current.isFinished() || phase.isBefore(furthest) || phase == furthest) {
                state = PhaseStep.State.DONE;
            } else {
                state = PhaseStep.State.AHEAD;
            }
            boolean enabled = movable() ? phase == current.currentPhase() || current.canMoveTo(phase) : true;
            updated.add(new PhaseStep(phase, phaseTitle(phase), state, enabled, phase == shownPhase.get()));
        }
        steps.setAll(updated);
    }

    /** A storage failure in the leader's language (the status text of the screen). */
    private void showProblem(Exception failure) {
        problem.set(FailureTexts.forLanguage(language).describe(failure));
    }
}
