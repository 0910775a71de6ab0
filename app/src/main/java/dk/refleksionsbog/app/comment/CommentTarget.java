package dk.refleksionsbog.app.comment;

import java.util.Objects;
import java.util.UUID;

/**
 * The text a sparring partner is about to comment on.
 *
 * @param targetId the stored answer or entry
 * @param loopId the loop the text belongs to
 * @param what a short name for the text, e.g. the question it answers
 * @param text the text itself, quoted in the editor so the partner sees what they comment on
 */
public record CommentTarget(UUID targetId, UUID loopId, String what, String text) {
    public CommentTarget {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(loopId, "loopId");
        what = what == null ? "" : what;
        text = text == null ? "" : text;
    }
}
