package dk.refleksionsbog.core.domain.journal;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import java.time.Instant;
import java.util.UUID;

/**
 * The leader's book: one per SQLite file.
 *
 * @param language BCP 47 tag of the UI and template language, "da" or "en"
 * @param templateSetId which programme's questions this journal uses
 * @param strategyName the strategy the questions name; blank means the template set's default
 */
public record Journal(
        UUID id,
        String ownerName,
        String language,
        String templateSetId,
        String strategyName,
        Instant createdAt,
        Instant updatedAt) {

    public static final String DEFAULT_TEMPLATE_SET = "ledelse-ud-af-boksen";

    public Journal {
        Texts.require(id, "id");
        ownerName = Texts.orEmpty(ownerName).strip();
        language = Texts.orEmpty(language).isBlank() ? "da" : language;
        if (!language.equals("da") && !language.equals("en")) {
            throw new DomainRuleViolation("Language must be da or en, was " + language);
        }
        templateSetId = Texts.requireText(templateSetId, "Template set");
        strategyName = Texts.orEmpty(strategyName).strip();
        Timestamps.check(createdAt, updatedAt);
    }

    public static Journal create(UUID id, String ownerName, String language, Instant now) {
        return new Journal(id, ownerName, language, DEFAULT_TEMPLATE_SET, "", now, now);
    }

    public Journal withOwnerName(String name, Instant now) {
        return new Journal(id, name, language, templateSetId, strategyName, createdAt, now);
    }

    public Journal withLanguage(String newLanguage, Instant now) {
        return new Journal(id, ownerName, newLanguage, templateSetId, strategyName, createdAt, now);
    }

    public Journal withStrategyName(String name, Instant now) {
        return new Journal(id, ownerName, language, templateSetId, name, createdAt, now);
    }
}
