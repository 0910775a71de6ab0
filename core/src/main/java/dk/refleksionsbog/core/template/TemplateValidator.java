package dk.refleksionsbog.core.template;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a template set before the app uses it: every text in Danish and English, unique keys,
 * every phase with guiding questions, every field the domain relies on, the meeting and job-visit
 * guides, and wording for every value of every list. Collects all problems rather than stopping
 * at the first.
 */
final class TemplateValidator {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

    private final List<String> problems = new ArrayList<>();

    private TemplateValidator() {}

    /** Returns the usable set, or throws naming the set, its file and every problem. */
    static TemplateSet validate(TemplateSetDocument set, String fileName) {
        TemplateValidator validator = new TemplateValidator();
        validator.check(set);
        if (!validator.problems.isEmpty()) {
            String name = set.id() == null || set.id().isBlank() ? "Template set" : "Template set '" + set.id() + "'";
            throw new TemplateException(name + " (" + fileName + ")", validator.problems);
        }
        return new TemplateSet(set);
    }

    private void check(TemplateSetDocument set) {
        if (set.id() == null || !ID.matcher(set.id()).matches()) {
            problems.add("id must be lower-case words joined by '-', was '" + set.id() + "'");
        }
        if (set.version() < 1) {
            problems.add("version must be 1 or higher, was " + set.version());
        }
        checkSectionIds(set);
        checkQuestionKeys(set);
        checkTexts(set);
        checkPhases(set);
        checkFixedSection("challenge", set.challenge());
        checkFixedSection("trialAction", set.trialAction());
        checkFixedSection("evaluation", set.evaluation());
        checkFixedSection("newAction", set.newAction());
        checkLoopFields(set);
        checkGuide("meetingGuide", set.meetingGuide());
        checkGuide("jobVisitGuide", set.jobVisitGuide());
        checkChoices(set.choices());
    }

    private void checkSectionIds(TemplateSetDocument set) {
        for (Section section : TemplateTexts.sections(set)) {
            if (section.id() == null || section.id().isBlank()) {
                problems.add("a section has no id (its Danish title is '" + danishOf(section.title()) + "')");
            }
        }
    }

    private void checkQuestionKeys(TemplateSetDocument set) {
        for (Question question : TemplateTexts.questions(set)) {
            if (question.key() == null || question.key().isBlank()) {
                problems.add("a question has no key (its Danish text is '" + danishOf(question.text()) + "')");
            }
        }
    }

    private void checkTexts(TemplateSetDocument set) {
        Set<String> seen = new HashSet<>();
        TemplateTexts.walk(set, (key, text, required) -> {
            if (!seen.add(key)) {
                problems.add("key '" + key + "' is used more than once");
            }
            if (text == null) {
                if (required) {
                    problems.add("'" + key + "' has no text");
                }
                return;
            }
            for (String language : List.of(LocalizedText.DANISH, LocalizedText.ENGLISH)) {
                if (text.isBlankIn(language)) {
                    problems.add("'" + key + "' has no " + languageName(language) + " (" + language + ") text");
                } else {
                    checkPlaceholders(key, language, text.in(language));
                }
            }
        });
    }

    private void checkPlaceholders(String key, String language, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!matcher.group().equals(LocalizedText.STRATEGY_PLACEHOLDER)) {
                problems.add("'" + key + "' (" + language + ") has the unknown placeholder " + matcher.group()
                        + "; only " + LocalizedText.STRATEGY_PLACEHOLDER + " is filled in");
            }
        }
    }

    private void checkPhases(TemplateSetDocument set) {
        List<Phase> listed = set.phases().stream().map(PhaseGuide::phase).toList();
        if (!listed.equals(Arrays.asList(Phase.values()))) {
            problems.add("phases must list " + Arrays.toString(Phase.values()) + " once each, in that order; found "
                    + listed);
        }
        for (PhaseGuide phase : set.phases()) {
            if (phase.questions().isEmpty()) {
                problems.add("phase " + phase.phase() + " has no guiding question");
            }
            phase.questions().stream()
                    .filter(question -> question.kind() != FieldKind.TEXT)
                    .forEach(question -> problems.add("guiding question '" + question.key() + "' of phase "
                            + phase.phase() + " must be a TEXT question, is " + question.kind()));
        }
    }

    private void checkFixedSection(String name, Section section) {
        if (section == null) {
            problems.add("section '" + name + "' is missing");
        } else if (section.fields().isEmpty()) {
            problems.add("section '" + name + "' has no fields");
        }
    }

    private void checkLoopFields(TemplateSetDocument set) {
        for (LoopField field : LoopField.values()) {
            Section home = switch (field.phase()) {
                case PLANNING -> set.trialAction();
                case REFLECTION -> set.evaluation();
                case NEW_ACTION -> set.newAction();
                default -> throw new IllegalStateException("No template section holds fields of " + field.phase());
            };
            requireField(home, sectionName(field.phase()), field.key(), FieldKind.TEXT);
        }
        requireField(set.trialAction(), "trialAction", TemplateSet.FIRST_REFLECTION_MEETING, FieldKind.DATE);
        requireField(set.evaluation(), "evaluation", TemplateSet.RATING_BEFORE, FieldKind.RATING);
        requireField(set.evaluation(), "evaluation", TemplateSet.RATING_AFTER, FieldKind.RATING);
    }

    private static String sectionName(Phase phase) {
        return switch (phase) {
            case PLANNING -> "trialAction";
            case REFLECTION -> "evaluation";
            default -> "newAction";
        };
    }

    private void requireField(Section section, String sectionName, String key, FieldKind kind) {
        if (section == null) {
            return;
        }
        section.fields().stream().filter(question -> key.equals(question.key())).findFirst().ifPresentOrElse(
                question -> {
                    if (question.kind() != kind) {
                        problems.add("field '" + key + "' must be " + kind + ", is " + question.kind());
                    }
                },
                () -> problems.add("section '" + sectionName + "' lacks the field '" + key + "'"));
    }

    private void checkGuide(String name, List<Section> guide) {
        if (guide.isEmpty()) {
            problems.add(name + " has no sections");
        }
        for (Section section : guide) {
            if (section.fields().isEmpty() && section.guidance().isEmpty()) {
                problems.add(name + " section '" + section.id() + "' has neither fields nor guidance");
            }
        }
    }

    private void checkChoices(Choices choices) {
        checkCovers("entryKind", choices.entryKinds(), EntryKind.values());
        checkCovers("evidenceLevel", choices.evidenceLevels(), EvidenceLevel.values());
        checkCovers("leadershipForm", choices.leadershipForms(), LeadershipForm.values());
        checkCovers("meetingKind", choices.meetingKinds(), MeetingKind.values());
        checkCovers("visitRole", choices.visitRoles(), VisitRole.values());
        checkCovers("workMode", choices.workModes(), WorkMode.values());
        if (choices.tripleBottomLine().isEmpty()) {
            problems.add("tripleBottomLine has no tags");
        }
        for (Choice tag : choices.tripleBottomLine()) {
            checkTag(tag.value());
        }
    }

    private void checkTag(String value) {
        try {
            if (!Tags.normalise(value).equals(value)) {
                problems.add("tripleBottomLine tag '" + value + "' must be written as " + Tags.normalise(value));
            }
        } catch (DomainRuleViolation notATag) {
            problems.add("tripleBottomLine tag '" + value + "' is not a tag: " + notATag.getMessage());
        }
    }

    private void checkCovers(String group, List<Choice> choices, Enum<?>[] values) {
        List<String> listed = choices.stream().map(Choice::value).toList();
        List<String> expected = Arrays.stream(values).map(Enum::name).toList();
        for (String value : expected) {
            if (!listed.contains(value)) {
                problems.add("choice '" + group + "' has no wording for " + value);
            }
        }
        for (String value : listed) {
            if (!expected.contains(value)) {
                problems.add("choice '" + group + "' lists unknown value '" + value + "'; expected one of " + expected);
            }
        }
    }

    private static String danishOf(LocalizedText text) {
        return text == null ? "" : String.valueOf(text.da());
    }

    private static String languageName(String language) {
        return Map.of(LocalizedText.DANISH, "Danish", LocalizedText.ENGLISH, "English").get(language);
    }
}
