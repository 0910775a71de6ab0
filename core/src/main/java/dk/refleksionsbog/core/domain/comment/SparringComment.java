package dk.refleksionsbog.core.domain.comment;

import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import java.time.Instant;
import java.util.UUID;

/**
 * A sparring partner's comment on an answer (phase question, trial action, evaluation) or an
 * entry of a loop. It never changes the commented text.
 *
 * @param targetId the answer or entry commented on
 * @param loopId the loop the commented text belongs to
 */
public record SparringComment(
        UUID id, UUID targetId, UUID loopId, String author, String text, Instant createdAt, Instant updatedAt) {

    public SparringComment {
        Texts.require(id, "id");
        Texts.require(targetId, "targetId");
        Texts.require(loopId, "loopId");
        author = Texts.requireText(author, "A comment's author").strip();
        text = Texts.requireText(text, "A comment's text");
        Timestamps.check(createdAt, updatedAt);
    }

    public static SparringComment create(UUID id, UUID targetId, UUID loopId, String author, String text, Instant now) {
        return new SparringComment(id, targetId, loopId, author, text, now, now);
    }
}
