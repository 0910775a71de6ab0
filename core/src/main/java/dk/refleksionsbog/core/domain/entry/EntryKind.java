package dk.refleksionsbog.core.domain.entry;

/** The kinds of journal entry in the paper book. */
public enum EntryKind {
    NOTE,
    OBSERVATION,
    /** Stjernestund: a moment that shows the trial action working. */
    STAR_MOMENT,
    /** A-ha: a new understanding. */
    INSIGHT
}
