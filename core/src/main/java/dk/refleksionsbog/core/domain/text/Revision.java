package dk.refleksionsbog.core.domain.text;

import dk.refleksionsbog.core.domain.Texts;
import java.time.Instant;
import java.util.UUID;

/**
 * An earlier state of a piece of free text, kept so it can be restored.
 *
 * @param targetId the answer, entry or challenge whose text this was
 * @param field which text of the target: {@code text} for answers and entries; for a challenge
 *     {@code description}, {@code strategicIntention}, {@code learningNeed} or {@code resources}
 */
public record Revision(UUID id, UUID targetId, String field, String text, Instant savedAt) {
    public static final String TEXT = "text";
    public static final String DESCRIPTION = "description";
    public static final String STRATEGIC_INTENTION = "strategicIntention";
    public static final String LEARNING_NEED = "learningNeed";
    public static final String RESOURCES = "resources";

    public Revision {
        Texts.require(id, "id");
        Texts.require(targetId, "targetId");
        field = Texts.requireText(field, "field");
        text = Texts.orEmpty(text);
        Texts.require(savedAt, "savedAt");
    }
}
