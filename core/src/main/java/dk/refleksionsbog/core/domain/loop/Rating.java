package dk.refleksionsbog.core.domain.loop;

import dk.refleksionsbog.core.domain.DomainRuleViolation;

/** The programme's 1–5 scales. */
public final class Rating {
    public static final int MIN = 1;
    public static final int MAX = 5;

    private Rating() {}

    /** Null means "not rated yet" and is allowed; anything else must lie within 1–5. */
    public static Integer check(Integer rating, String what) {
        if (rating != null && (rating < MIN || rating > MAX)) {
            throw new DomainRuleViolation(DomainRuleViolation.Kind.RATING_OUT_OF_RANGE,
                    what + " must be between " + MIN + " and " + MAX + ", was " + rating);
        }
        return rating;
    }
}
