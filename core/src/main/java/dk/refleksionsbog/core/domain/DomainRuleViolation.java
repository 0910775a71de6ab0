package dk.refleksionsbog.core.domain;

import java.util.Objects;

/**
 * A value or move that the journal's rules do not allow. The message is English, for logs and the
 * command line; the {@link #kind()} lets a screen say it in the leader's own language.
 */
public class DomainRuleViolation extends IllegalArgumentException {

    /** The rules a leader can break by what they type or click; the others are {@link #OTHER}. */
    public enum Kind {
        CHALLENGE_TITLE_MISSING,
        CHALLENGE_TITLE_TOO_LONG,
        ENTRY_TEXT_MISSING,
        TAG_TOO_LONG,
        MEETING_DATE_MISSING,
        MEETING_DURATION_OUT_OF_RANGE,
        RATING_OUT_OF_RANGE,
        /** A phase ahead of the furthest one reached was chosen; phases are worked in order. */
        PHASE_SKIPPED,
        PHASE_ALREADY_CURRENT,
        LOOP_FINISHED,
        /** Advancing from NEW_ACTION: the loop is finished instead, which starts the next one. */
        LOOP_IN_LAST_PHASE,
        LOOP_NOT_IN_NEW_ACTION,
        NEXT_ACTION_MISSING,
        /** What the leader opened was deleted meanwhile, e.g. in another window or before a search hit. */
        NO_LONGER_IN_JOURNAL,
        /** A rule the leader cannot break through the app (a programming or data error). */
        OTHER
    }

    private final Kind kind;

    public DomainRuleViolation(String message) {
        this(Kind.OTHER, message);
    }

    public DomainRuleViolation(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
