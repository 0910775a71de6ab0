package dk.refleksionsbog.core.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives every text of a template set its key, in one walk shared by validation and lookup, so a
 * text that can be looked up is also a text that was checked.
 *
 * <p>Keys: a question's own key, plus {@code .label} and {@code .help}; {@code phase.<phase>.title}
 * and {@code .explanation}; {@code section.<id>.title}, {@code .intro} and {@code .guidance.<n>};
 * {@code choice.<group>.<value>} and {@code .explanation}; {@code set.title}, {@code set.strategy},
 * {@code set.welcome}.
 */
final class TemplateTexts {
    interface Visitor {
        void text(String key, LocalizedText text, boolean required);
    }

    private TemplateTexts() {}

    static void walk(TemplateSetDocument set, Visitor visitor) {
        visitor.text("set.title", set.title(), true);
        visitor.text("set.strategy", set.strategyDefault(), true);
        visitor.text("set.welcome", set.welcome(), true);
        for (PhaseGuide phase : set.phases()) {
            String prefix = phase.phase() == null ? "phase.?" : PhaseGuide.keyPrefix(phase.phase());
            visitor.text(prefix + ".title", phase.title(), true);
            visitor.text(prefix + ".explanation", phase.explanation(), true);
            phase.questions().forEach(question -> walk(question, visitor));
        }
        sections(set).forEach(section -> walk(section, visitor));
        choiceGroups(set.choices()).forEach((group, choices) -> {
            for (Choice choice : choices) {
                String key = "choice." + group + "." + choice.value();
                visitor.text(key, choice.label(), true);
                visitor.text(key + ".explanation", choice.explanation(), false);
            }
        });
    }

    private static void walk(Section section, Visitor visitor) {
        String prefix = "section." + section.id();
        visitor.text(prefix + ".title", section.title(), true);
        visitor.text(prefix + ".intro", section.intro(), false);
        for (int i = 0; i < section.guidance().size(); i++) {
            visitor.text(prefix + ".guidance." + (i + 1), section.guidance().get(i), true);
        }
        section.fields().forEach(question -> walk(question, visitor));
    }

    private static void walk(Question question, Visitor visitor) {
        visitor.text(question.key(), question.text(), true);
        visitor.text(question.key() + ".label", question.label(), false);
        visitor.text(question.key() + ".help", question.help(), false);
    }

    /** The fixed loop and challenge sections that are present, then the meeting and job-visit guides. */
    static List<Section> sections(TemplateSetDocument set) {
        List<Section> sections = new ArrayList<>();
        Stream.of(set.challenge(), set.trialAction(), set.evaluation(), set.newAction())
                .filter(section -> section != null)
                .forEach(sections::add);
        sections.addAll(set.meetingGuide());
        sections.addAll(set.jobVisitGuide());
        return sections;
    }

    static List<Question> questions(TemplateSetDocument set) {
        List<Question> questions = new ArrayList<>();
        set.phases().forEach(phase -> questions.addAll(phase.questions()));
        sections(set).forEach(section -> questions.addAll(section.fields()));
        return questions;
    }

    static Map<String, List<Choice>> choiceGroups(Choices choices) {
        Map<String, List<Choice>> groups = new LinkedHashMap<>();
        groups.put("entryKind", choices.entryKinds());
        groups.put("evidenceLevel", choices.evidenceLevels());
        groups.put("leadershipForm", choices.leadershipForms());
        groups.put("tripleBottomLine", choices.tripleBottomLine());
        groups.put("meetingKind", choices.meetingKinds());
        groups.put("visitRole", choices.visitRoles());
        groups.put("workMode", choices.workModes());
        return groups;
    }
}
