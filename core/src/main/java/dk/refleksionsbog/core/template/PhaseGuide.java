package dk.refleksionsbog.core.template;

import dk.refleksionsbog.core.domain.loop.Phase;
import java.util.List;

/**
 * A phase of the loop as the programme words it: its title, a short explanation for the welcome
 * screen and the stepper, and its guiding questions, one answer area each.
 */
public record PhaseGuide(Phase phase, LocalizedText title, LocalizedText explanation, List<Question> questions) {
    public PhaseGuide {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** Prefix of this phase's text keys, e.g. {@code phase.newAction}. */
    public static String keyPrefix(Phase phase) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : phase.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return "phase." + camel;
    }
}
