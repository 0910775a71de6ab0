package dk.refleksionsbog.app.loop;

import dk.refleksionsbog.core.domain.loop.Phase;

/**
 * One step of the stepper.
 *
 * @param enabled whether clicking it does something: moves the loop there, or shows it when the
 *     loop can no longer move
 * @param shown whether its questions are on screen now
 */
public record PhaseStep(Phase phase, String title, State state, boolean enabled, boolean shown) {
    public enum State {
        /** Worked through: the loop has been further. */
        DONE,
        /** Where the loop is. */
        CURRENT,
        /** Not reached yet. */
        AHEAD
    }
}
