package dk.refleksionsbog.app.summary;

/** What the summary covers. */
public enum SummaryScope {
    /** The loop it was opened from. */
    LOOP,
    /** Every loop of the loop's challenge, in one document. */
    CHALLENGE
}
