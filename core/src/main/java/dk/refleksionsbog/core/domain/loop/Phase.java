package dk.refleksionsbog.core.domain.loop;

import java.util.Optional;

/** The six phases of an action-learning loop, in the order they are worked. */
public enum Phase {
    CHALLENGE,
    PLANNING,
    ACTION,
    OBSERVATION,
    REFLECTION,
    NEW_ACTION;

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Phase> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public boolean isBefore(Phase other) {
        return ordinal() < other.ordinal();
    }

    /** 1-based step number as shown on the stepper. */
    public int step() {
        return ordinal() + 1;
    }
}
