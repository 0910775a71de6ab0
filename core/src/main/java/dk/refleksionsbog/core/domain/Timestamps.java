package dk.refleksionsbog.core.domain;

import java.time.Instant;

/** Created/updated instants are checked in one place so every record keeps the same rule. */
public final class Timestamps {
    private Timestamps() {}

    public static void check(Instant createdAt, Instant updatedAt) {
        Texts.require(createdAt, "createdAt");
        Texts.require(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new DomainRuleViolation("updatedAt " + updatedAt + " is before createdAt " + createdAt);
        }
    }
}
