package dk.refleksionsbog.core.domain.loop;

import java.util.Arrays;
import java.util.Optional;

/**
 * The structured text fields of a loop that the domain itself knows: the trial action
 * (prøvehandling), the before/after evaluation and the decided next action. Their wording comes
 * from the template set; their keys are fixed here so summaries and exports can rely on them.
 * The guiding questions of each phase are free template keys and are not listed here.
 */
public enum LoopField {
    TRIAL_BASELINE("trialAction.baseline", Phase.PLANNING),
    TRIAL_SUCCESS_CRITERION("trialAction.successCriterion", Phase.PLANNING),
    TRIAL_INDICATORS("trialAction.indicators", Phase.PLANNING),
    TRIAL_METHODS("trialAction.methods", Phase.PLANNING),
    EVALUATION_THINK_BEFORE("evaluation.thinkBefore", Phase.REFLECTION),
    EVALUATION_THINK_AFTER("evaluation.thinkAfter", Phase.REFLECTION),
    EVALUATION_THINK_DIFFERENCE("evaluation.thinkDifference", Phase.REFLECTION),
    EVALUATION_DO_BEFORE("evaluation.doBefore", Phase.REFLECTION),
    EVALUATION_DO_AFTER("evaluation.doAfter", Phase.REFLECTION),
    EVALUATION_DO_DIFFERENCE("evaluation.doDifference", Phase.REFLECTION),
    EVALUATION_STAR_MOMENTS("evaluation.starMoments", Phase.REFLECTION),
    DECIDED_NEXT_ACTION("newAction.decision", Phase.NEW_ACTION);

    private final String key;
    private final Phase phase;

    LoopField(String key, Phase phase) {
        this.key = key;
        this.phase = phase;
    }

    public String key() {
        return key;
    }

    public Phase phase() {
        return phase;
    }

    public static Optional<LoopField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
