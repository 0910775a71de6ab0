package dk.refleksionsbog.core.domain.loop;

import dk.refleksionsbog.core.domain.Texts;
import java.time.Instant;

/**
 * One move on the phase stepper. The first change of a loop has no {@code from}.
 */
public record PhaseChange(Phase from, Phase to, Instant at) {
    public PhaseChange {
        Texts.require(to, "to");
        Texts.require(at, "at");
    }

    public boolean isBackwards() {
        return from != null && to.isBefore(from);
    }
}
