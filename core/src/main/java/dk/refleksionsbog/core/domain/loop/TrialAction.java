package dk.refleksionsbog.core.domain.loop;

import java.time.LocalDate;
import java.util.Map;

/** The plan made in PLANNING (prøvehandling), read from a loop and its answers. */
public record TrialAction(
        String baseline,
        String successCriterion,
        String indicators,
        String methods,
        LocalDate firstReflectionMeeting) {

    public static TrialAction of(Loop loop, Map<String, String> answersByKey) {
        return new TrialAction(
                text(answersByKey, LoopField.TRIAL_BASELINE),
                text(answersByKey, LoopField.TRIAL_SUCCESS_CRITERION),
                text(answersByKey, LoopField.TRIAL_INDICATORS),
                text(answersByKey, LoopField.TRIAL_METHODS),
                loop.firstReflectionMeeting());
    }

    static String text(Map<String, String> answersByKey, LoopField field) {
        return answersByKey.getOrDefault(field.key(), "");
    }

    public boolean isEmpty() {
        return baseline.isBlank() && successCriterion.isBlank() && indicators.isBlank() && methods.isBlank()
                && firstReflectionMeeting == null;
    }
}
