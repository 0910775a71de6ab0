package dk.refleksionsbog.core.domain.jobvisit;

public enum VisitRole {
    /** Vært: the leader whose activity is visited. */
    HOST,
    /** Gæst: the leader who observes, "a fly on the wall". */
    GUEST
}
