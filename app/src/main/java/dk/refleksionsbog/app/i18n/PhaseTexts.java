package dk.refleksionsbog.app.i18n;

import dk.refleksionsbog.core.domain.loop.Phase;

/** The message keys that name a phase on screen. */
public final class PhaseTexts {
    private PhaseTexts() {}

    /** "challenge", "planning", … "newAction": the phase's part of its message keys. */
    public static String keyPart(Phase phase) {
        return switch (phase) {
            case CHALLENGE -> "challenge";
            case PLANNING -> "planning";
            case ACTION -> "action";
            case OBSERVATION -> "observation";
            case REFLECTION -> "reflection";
            case NEW_ACTION -> "newAction";
        };
    }

    public static String title(Messages messages, Phase phase) {
        return messages.get("loop.phase." + keyPart(phase) + ".title");
    }
}
