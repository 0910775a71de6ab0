package dk.refleksionsbog.core.exchange;

import java.time.Instant;

/**
 * What an import did, or would do when shown as a preview before the user confirms.
 *
 * @param added objects that were new to the journal (comments included)
 * @param updated objects whose imported version was newer than the journal's
 * @param unchanged objects the journal already had in the same version
 * @param keptLocal objects the file holds in an older version, or that are the leader's own text
 *     and so are never changed by a file from someone else's journal
 * @param commentsAdded of {@code added}, the sparring comments
 * @param sharedBy when the file is someone else's loop or challenge: the owner it is shown as
 *     shared by; otherwise null
 */
public record ImportReport(
        ExchangeScope scope,
        String exportedBy,
        Instant exportedAt,
        String sharedBy,
        int added,
        int updated,
        int unchanged,
        int keptLocal,
        int commentsAdded) {

    /** Whether applying the file changes the journal at all. */
    public boolean changesSomething() {
        return added > 0 || updated > 0;
    }
}
