package dk.refleksionsbog.app.search;

import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One search hit as the screen shows it: where it belongs, named, and its snippet cut into
 * plain and matched pieces.
 *
 * @param challengeTitle null when the hit belongs to no challenge
 * @param loopNumber null when the hit belongs to no loop
 * @param phaseTitle null when the hit has no phase
 * @param home where the hit is opened
 * @param ownerId for an answer the loop, meeting or job visit it belongs to; otherwise the target
 * @param ownerTitle the meeting's title or the job visit's partner; null otherwise
 * @param label the hit's kind and place in words, as the list shows it
 */
public record SearchResult(
        SearchHit.Kind kind,
        Home home,
        UUID targetId,
        UUID ownerId,
        UUID loopId,
        Phase phase,
        String fieldKey,
        String challengeTitle,
        Integer loopNumber,
        String phaseTitle,
        String ownerTitle,
        String label,
        List<Segment> segments) {

    public SearchResult {
        segments = List.copyOf(segments);
    }

    /** The screen a hit lives on. */
    public enum Home { LOOP, JOURNAL, MEETING, JOB_VISIT, CHALLENGE }

    /** A piece of the snippet; {@code matched} pieces are the searched words. */
    public record Segment(String text, boolean matched) {}

    /** Cuts a snippet at its match marks. */
    public static List<Segment> segmentsOf(String snippet) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean matched = false;
        for (char c : snippet.toCharArray()) {
            if (c == SearchHit.MARK_START || c == SearchHit.MARK_END) {
                if (current.length() > 0) {
                    segments.add(new Segment(current.toString(), matched));
                    current.setLength(0);
                }
                matched = c == SearchHit.MARK_START;
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            segments.add(new Segment(current.toString(), matched));
        }
        return segments;
    }

    /** The first matched words, to select when the hit is opened; empty when nothing is marked. */
    public String firstMatch() {
        return segments.stream().filter(Segment::matched).map(Segment::text).findFirst().orElse("");
    }
}
