package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.entry.EntryKind;
import java.util.UUID;

/**
 * A filter for the journal timeline; null fields do not filter.
 *
 * @param limit at most this many entries, newest first
 */
public record EntryQuery(EntryKind kind, String tag, UUID challengeId, UUID loopId, int offset, int limit) {
    public static EntryQuery all(int limit) {
        return new EntryQuery(null, null, null, null, 0, limit);
    }

    public static EntryQuery ofLoop(UUID loopId) {
        return new EntryQuery(null, null, null, loopId, 0, Integer.MAX_VALUE);
    }
}
