package dk.refleksionsbog.core.domain.text;

import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import java.time.Instant;
import java.util.UUID;

/**
 * The leader's answer to one template question: a guiding question of a phase, a trial-action or
 * evaluation field, a meeting agenda point or a job-visit question.
 *
 * @param ownerId the loop, meeting or job visit the answer belongs to
 * @param fieldKey the template key of the question, e.g. {@code phase.planning.q1}
 */
public record Answer(UUID id, UUID ownerId, String fieldKey, String text, Instant createdAt, Instant updatedAt) {
    public Answer {
        Texts.require(id, "id");
        Texts.require(ownerId, "ownerId");
        fieldKey = Texts.requireText(fieldKey, "The question key");
        text = Texts.orEmpty(text);
        Timestamps.check(createdAt, updatedAt);
    }

    public static Answer create(UUID id, UUID ownerId, String fieldKey, String text, Instant now) {
        return new Answer(id, ownerId, fieldKey, text, now, now);
    }

    public Answer withText(String newText, Instant now) {
        return new Answer(id, ownerId, fieldKey, newText, createdAt, now);
    }
}
