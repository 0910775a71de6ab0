package dk.refleksionsbog.core.template;

import java.util.List;
import java.util.Optional;

/**
 * A template set's texts as one journal shows them: in its language, with its strategy name in
 * place of the placeholder. Made by {@link TemplateSet#wording}; cheap, immutable, safe to share.
 */
public record Wording(TemplateSet set, String language, String strategyName) {
    public Wording {
        LocalizedText.checkedLanguage(language);
    }

    public String text(LocalizedText text) {
        return text.resolve(language, strategyName);
    }

    /** Any text of the set by key; see {@link TemplateSet#text(String, String, String)}. */
    public String text(String key) {
        return set.text(key, language, strategyName);
    }

    public String text(Question question) {
        return text(question.text());
    }

    /** The short label, or the question itself when it has none. */
    public String label(Question question) {
        return text(question.label() == null ? question.text() : question.label());
    }

    public Optional<String> help(Question question) {
        return Optional.ofNullable(question.help()).map(this::text);
    }

    public String title(Section section) {
        return text(section.title());
    }

    public Optional<String> intro(Section section) {
        return Optional.ofNullable(section.intro()).map(this::text);
    }

    public List<String> guidance(Section section) {
        return section.guidance().stream().map(this::text).toList();
    }

    public String title(PhaseGuide phase) {
        return text(phase.title());
    }

    public String explanation(PhaseGuide phase) {
        return text(phase.explanation());
    }

    public String label(Choice choice) {
        return text(choice.label());
    }

    public Optional<String> explanation(Choice choice) {
        return Optional.ofNullable(choice.explanation()).map(this::text);
    }
}
