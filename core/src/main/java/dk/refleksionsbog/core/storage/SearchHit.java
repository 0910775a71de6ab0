package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.loop.Phase;
import java.util.UUID;

/**
 * One full-text search result.
 *
 * @param targetId the entry, answer, challenge, meeting or job visit that matched
 * @param ownerId for an answer, the loop, meeting or job visit it belongs to; otherwise the target
 * @param fieldKey for an answer, its template key; otherwise null
 * @param snippet a short excerpt with each match between {@link #MARK_START} and {@link #MARK_END}
 * @param rank relevance: higher is better; hits come best first
 */
public record SearchHit(
        Kind kind,
        UUID targetId,
        UUID ownerId,
        UUID challengeId,
        UUID loopId,
        Phase phase,
        String fieldKey,
        String snippet,
        double rank) {

    public static final char MARK_START = '\u0002';
    public static final char MARK_END = '\u0003';

    public enum Kind {
        ENTRY,
        ANSWER,
        CHALLENGE,
        MEETING,
        JOB_VISIT
    }
}
