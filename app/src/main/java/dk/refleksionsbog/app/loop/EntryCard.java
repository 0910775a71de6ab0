package dk.refleksionsbog.app.loop;

import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import java.util.List;

/**
 * An entry of the loop as listed beside the phases.
 *
 * @param kindLabel the entry's kind in the template's words
 * @param comments sparring comments on the entry, oldest first
 */
public record EntryCard(Entry entry, String kindLabel, List<SparringComment> comments) {
    public EntryCard {
        comments = List.copyOf(comments);
    }
}
