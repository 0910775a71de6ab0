package dk.refleksionsbog.core.template;

import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A programme's questions and wording, loaded from a validated resource file: the guiding
 * questions of each phase, the trial-action, evaluation and next-action fields, the meeting guide,
 * the job-visit guide and the labels of every list. Texts that name the programme's strategy use
 * {@value LocalizedText#STRATEGY_PLACEHOLDER}; callers pass the journal's strategy name, and a
 * blank name falls back to the set's default.
 *
 * <p>Instances exist only after {@link TemplateValidator} accepted the file, so every lookup of a
 * {@link LoopField}, a phase or a choice succeeds.
 */
public final class TemplateSet {
    /** The loop's date of the first reflection meeting (a {@link FieldKind#DATE} field). */
    public static final String FIRST_REFLECTION_MEETING = "trialAction.firstReflectionMeeting";
    /** The loop's 1–5 rating before the trial action. */
    public static final String RATING_BEFORE = "evaluation.ratingBefore";
    /** The loop's 1–5 rating after the trial action. */
    public static final String RATING_AFTER = "evaluation.ratingAfter";

    private final TemplateSetDocument document;
    private final Map<String, LocalizedText> textsByKey;
    private final Map<String, Question> questionsByKey;

    TemplateSet(TemplateSetDocument document) {
        this.document = document;
        Map<String, LocalizedText> texts = new LinkedHashMap<>();
        TemplateTexts.walk(document, (key, text, required) -> {
            if (text != null) {
                texts.put(key, text);
            }
        });
        this.textsByKey = Collections.unmodifiableMap(texts);
        Map<String, Question> questions = new LinkedHashMap<>();
        TemplateTexts.questions(document).forEach(question -> questions.put(question.key(), question));
        this.questionsByKey = Collections.unmodifiableMap(questions);
    }

    public String id() {
        return document.id();
    }

    public int version() {
        return document.version();
    }

    public String title(String language) {
        return document.title().in(language);
    }

    public LocalizedText strategyDefault() {
        return document.strategyDefault();
    }

    /** The strategy the questions name: the journal's own setting, or this set's default. */
    public String strategyName(String language, String journalStrategyName) {
        return journalStrategyName == null || journalStrategyName.isBlank()
                ? document.strategyDefault().in(language)
                : journalStrategyName.strip();
    }

    /** The set's texts in one language with the journal's strategy, or the default when blank. */
    public Wording wording(String language, String journalStrategyName) {
        return new Wording(this, language, strategyName(language, journalStrategyName));
    }

    public Wording wording(Locale locale, String journalStrategyName) {
        return wording(LocalizedText.languageOf(locale), journalStrategyName);
    }

    /** The set's texts as the journal shows them: its language and its strategy. */
    public Wording wording(Journal journal) {
        return wording(journal.language(), journal.strategyName());
    }

    /** The first-start text that explains the six steps. */
    public String welcome(String language, String journalStrategyName) {
        return wording(language, journalStrategyName).text(document.welcome());
    }

    /** The six phases in loop order. */
    public List<PhaseGuide> phases() {
        return document.phases();
    }

    public PhaseGuide phase(Phase phase) {
        return document.phases().stream()
                .filter(guide -> guide.phase() == phase)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No phase " + phase + " in template set " + id()));
    }

    public List<Question> questionsFor(Phase phase) {
        return phase(phase).questions();
    }

    /** The challenge's own fields: title, description, strategic intention, learning need, resources. */
    public Section challenge() {
        return document.challenge();
    }

    public Section trialAction() {
        return document.trialAction();
    }

    public Section evaluation() {
        return document.evaluation();
    }

    public Section newAction() {
        return document.newAction();
    }

    /** The meeting guide in the order it is used; the first section is the reflection-meeting agenda. */
    public List<Section> meetingGuide() {
        return document.meetingGuide();
    }

    public List<Section> jobVisitGuide() {
        return document.jobVisitGuide();
    }

    public Optional<Question> findField(String key) {
        return Optional.ofNullable(questionsByKey.get(key));
    }

    /** Any question or field of this set by key; an unknown key is a programming error. */
    public Question field(String key) {
        return findField(key).orElseThrow(() -> new IllegalArgumentException(
                "Template set " + id() + " has no question or field with key " + key));
    }

    public Question field(LoopField field) {
        return field(field.key());
    }

    /** Every question and field, phases first, in file order. */
    public List<Question> allFields() {
        return List.copyOf(questionsByKey.values());
    }

    public boolean hasText(String key) {
        return textsByKey.containsKey(key);
    }

    /** All text keys, e.g. for a translation check or a search index. */
    public List<String> textKeys() {
        return List.copyOf(textsByKey.keySet());
    }

    /**
     * Any text of the set by key (see {@link TemplateTexts} for the key scheme), in the given
     * language, with the strategy filled in.
     */
    public String text(String key, String language, String journalStrategyName) {
        LocalizedText text = textsByKey.get(key);
        if (text == null) {
            throw new IllegalArgumentException("Template set " + id() + " has no text with key " + key);
        }
        return text.resolve(language, strategyName(language, journalStrategyName));
    }

    public String text(String key, Locale locale, String journalStrategyName) {
        return text(key, LocalizedText.languageOf(locale), journalStrategyName);
    }

    /** A text in the journal's language with the journal's strategy. */
    public String text(String key, Journal journal) {
        return text(key, journal.language(), journal.strategyName());
    }

    public Choice entryKind(EntryKind kind) {
        return choice(document.choices().entryKinds(), kind.name());
    }

    public Choice evidenceLevel(EvidenceLevel level) {
        return choice(document.choices().evidenceLevels(), level.name());
    }

    public Choice leadershipForm(LeadershipForm form) {
        return choice(document.choices().leadershipForms(), form.name());
    }

    public Choice meetingKind(MeetingKind kind) {
        return choice(document.choices().meetingKinds(), kind.name());
    }

    public Choice visitRole(VisitRole role) {
        return choice(document.choices().visitRoles(), role.name());
    }

    public Choice workMode(WorkMode mode) {
        return choice(document.choices().workModes(), mode.name());
    }

    /** The bottom-line tags offered on every entry; the value is the tag itself. */
    public List<Choice> tripleBottomLine() {
        return document.choices().tripleBottomLine();
    }

    private Choice choice(List<Choice> choices, String value) {
        return choices.stream()
                .filter(choice -> choice.value().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Template set " + id() + " has no wording for " + value));
    }

    @Override
    public String toString() {
        return "TemplateSet[" + id() + " v" + version() + "]";
    }
}
