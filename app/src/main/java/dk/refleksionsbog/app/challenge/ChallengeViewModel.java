package dk.refleksionsbog.app.challenge;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.Question;
import dk.refleksionsbog.core.template.Section;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The details of one challenge after it was created: its title, description, strategic
 * intention, learning need, resources, work mode and tags. Every change is autosaved; the free
 * texts keep their earlier versions, which {@link #historyField(ChallengeText)} names.
 */
public final class ChallengeViewModel {
    /** The template keys of the challenge's free texts, with the revision field each is kept under. */
    private static final Map<String, String> REVISION_FIELDS = Map.of(
            "challenge.description", Revision.DESCRIPTION,
            "challenge.strategicIntention", Revision.STRATEGIC_INTENTION,
            "challenge.learningNeed", Revision.LEARNING_NEED,
            "challenge.resources", Revision.RESOURCES);
    private static final String TITLE_KEY = "challenge.title";

    /** Why the typed title is not stored. */
    public enum TitleProblem { NONE, MISSING, TOO_LONG }

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Autosave autosave;
    private final Clock clock;
    private final TemplateSet templates;
    private final String language;
    private final UUID challengeId;

    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<ChallengeText> texts = FXCollections.observableArrayList();
    private final ObservableList<ChallengeText> readOnlyTexts = FXCollections.unmodifiableObservableList(texts);
    private final ObjectProperty<WorkMode> workMode = new SimpleObjectProperty<>(WorkMode.ALONE);
    private final StringProperty tags = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sectionTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper intro = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper titleLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sharedBy = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TitleProblem> titleProblem = new ReadOnlyObjectWrapper<>(TitleProblem.NONE);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private Challenge current;
    private boolean applying;

    public ChallengeViewModel(JournalStore store, BackgroundExecutor executor, Autosave autosave, Clock clock,
            TemplateSet templates, String language, UUID challengeId) {
        this.store = store;
        this.executor = executor;
        this.autosave = autosave;
        this.clock = clock;
        this.templates = templates;
        this.language = language;
        this.challengeId = challengeId;
        title.addListener((observable, before, after) -> edited());
        workMode.addListener((observable, before, after) -> edited());
        tags.addListener((observable, before, after) -> edited());
    }

    private record Read(Challenge challenge, String strategyName) {}

    /** Reads the challenge in the background. */
    public void load() {
        executor.submit(() -> new Read(store.challenges().find(challengeId)
                .orElseThrow(() -> new DomainRuleViolation(DomainRuleViolation.Kind.NO_LONGER_IN_JOURNAL,
                        "The challenge is no longer in this journal")),
                store.journal().strategyName()), this::apply, this::showProblem);
    }

    private void apply(Read read) {
        Challenge challenge = read.challenge();
        Wording wording = templates.wording(language, read.strategyName());
        Section section = templates.challenge();
        applying = true;
        try {
            current = challenge;
            sectionTitle.set(wording.title(section));
            intro.set(wording.intro(section).orElse(""));
            sharedBy.set(challenge.sharedBy());
            title.set(challenge.title());
            workMode.set(challenge.workMode());
            tags.set(String.join(", ", challenge.tags()));
            List<ChallengeText> made = new ArrayList<>();
            for (Question question : section.fields()) {
                if (question.key().equals(TITLE_KEY)) {
                    titleLabel.set(wording.label(question));
                } else if (REVISION_FIELDS.containsKey(question.key())) {
                    ChallengeText text = new ChallengeText(question.key(), wording.label(question),
                            wording.text(question), new SimpleStringProperty(textOf(challenge, question.key())));
                    text.text().addListener((observable, before, after) -> edited());
                    made.add(text);
                }
            }
            texts.setAll(made);
            titleProblem.set(TitleProblem.NONE);
            problem.set(null);
        } finally {
            applying = false;
        }
        loaded.set(true);
    }

    private static String textOf(Challenge challenge, String key) {
        return switch (REVISION_FIELDS.get(key)) {
            case Revision.STRATEGIC_INTENTION -> challenge.strategicIntention();
            case Revision.LEARNING_NEED -> challenge.learningNeed();
            case Revision.RESOURCES -> challenge.resources();
            default -> challenge.description();
        };
    }

    // ---- outputs ----

    public UUID challengeId() {
        return challengeId;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** "The challenge", in the template's words. */
    public ReadOnlyStringProperty sectionTitleProperty() {
        return sectionTitle.getReadOnlyProperty();
    }

    /** The template's lead-in about intention and challenge. */
    public ReadOnlyStringProperty introProperty() {
        return intro.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleLabelProperty() {
        return titleLabel.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Description, strategic intention, learning need and resources, in the template's order. */
    public ObservableList<ChallengeText> texts() {
        return readOnlyTexts;
    }

    /** Alone ("jeg") or with a learning group ("vi"). */
    public ObjectProperty<WorkMode> workModeProperty() {
        return workMode;
    }

    /** Tags separated by commas. */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** The sparring partner who shared the challenge; null for the leader's own, which alone can be edited. */
    public ReadOnlyStringProperty sharedByProperty() {
        return sharedBy.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return sharedBy.get() != null;
    }

    public ReadOnlyObjectProperty<TitleProblem> titleProblemProperty() {
        return titleProblem.getReadOnlyProperty();
    }

    /** A storage problem; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The revision field a text's earlier versions are kept under. */
    public String historyField(ChallengeText text) {
        return REVISION_FIELDS.get(text.key());
    }

    // ---- commands ----

    /** Saves what waits; the view calls it as it closes. */
    public void close() {
        autosave.flush();
    }

    // ---- internals ----

    private void edited() {
        if (applying || current == null || isReadOnly()) {
            return;
        }
        String typedTitle = title.get() == null ? "" : title.get().strip();
        titleProblem.set(typedTitle.isEmpty() ? TitleProblem.MISSING
                : typedTitle.length() > Challenge.MAX_TITLE_LENGTH ? TitleProblem.TOO_LONG : TitleProblem.NONE);
        // A title being retyped keeps the stored one, so the other texts are still saved.
        String storedTitle = titleProblem.get() == TitleProblem.NONE ? typedTitle : current.title();
        // Likewise tags being retyped keep the stored ones until every tag is allowed.
        List<String> storedTags = tagList(tags.get());
        String tagProblem = null;
        try {
            Tags.normaliseAll(storedTags);
        } catch (DomainRuleViolation rejected) {
            tagProblem = FailureTexts.forLanguage(language).describe(rejected);
            storedTags = current.tags();
        }
        Instant now = clock.instant().isBefore(current.updatedAt()) ? current.updatedAt() : clock.instant();
        Challenge changed;
        try {
            changed = current.withTitle(storedTitle, now)
                    .withDescription(typed(Revision.DESCRIPTION), now)
                    .withIntention(typed(Revision.STRATEGIC_INTENTION), typed(Revision.LEARNING_NEED),
                            typed(Revision.RESOURCES), workMode.get(), now)
                    .withTags(storedTags, now);
        } catch (DomainRuleViolation rejected) {
            problem.set(FailureTexts.forLanguage(language).describe(rejected));
            return;
        }
        problem.set(tagProblem);
        current = changed;
        autosave.edited(changed);
    }

    private String typed(String revisionField) {
        return texts.stream().filter(text -> REVISION_FIELDS.get(text.key()).equals(revisionField)).findFirst()
                .map(text -> text.text().get()).orElseGet(() -> textOf(current, keyOf(revisionField)));
    }

    private static String keyOf(String revisionField) {
        return REVISION_FIELDS.entrySet().stream().filter(entry -> entry.getValue().equals(revisionField))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static List<String> tagList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .map(tag -> tag.replaceFirst("^#+", "").strip()).filter(tag -> !tag.isEmpty()).toList();
    }

    /** A storage failure in the leader's language (the status text of the screen). */
    private void showProblem(Exception failure) {
        problem.set(FailureTexts.forLanguage(language).describe(failure));
    }
}
