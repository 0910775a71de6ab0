package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import java.util.Locale;
import java.util.Optional;

/** Which phase of a loop an answer's template key belongs to, so a search hit can say where it lives. */
final class FieldPhases {
    private static final String PHASE_PREFIX = "phase.";

    private FieldPhases() {}

    static Optional<Phase> phaseOf(String fieldKey) {
        Optional<LoopField> known = LoopField.byKey(fieldKey);
        if (known.isPresent()) {
            return Optional.of(known.get().phase());
        }
        if (fieldKey.startsWith("trialAction.")) {
            return Optional.of(Phase.PLANNING);
        }
        if (fieldKey.startsWith("evaluation.")) {
            return Optional.of(Phase.REFLECTION);
        }
        if (fieldKey.startsWith("newAction.")) {
            return Optional.of(Phase.NEW_ACTION);
        }
        if (fieldKey.startsWith(PHASE_PREFIX)) {
            int end = fieldKey.indexOf('.', PHASE_PREFIX.length());
            String name = fieldKey.substring(PHASE_PREFIX.length(), end < 0 ? fieldKey.length() : end);
            return byLooseName(name);
        }
        return Optional.empty();
    }

    /** Template keys may spell NEW_ACTION as newAction, new_action or new-action. */
    private static Optional<Phase> byLooseName(String name) {
        String wanted = squash(name);
        for (Phase phase : Phase.values()) {
            if (squash(phase.name()).equals(wanted)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }

    private static String squash(String name) {
        return name.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
