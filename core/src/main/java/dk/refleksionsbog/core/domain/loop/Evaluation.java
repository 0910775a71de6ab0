package dk.refleksionsbog.core.domain.loop;

import java.util.Map;
import java.util.Optional;

/** The before/after evaluation of the trial action (evalueringsspørgsmål), read from a loop. */
public record Evaluation(
        String thinkBefore,
        String thinkAfter,
        String thinkDifference,
        String doBefore,
        String doAfter,
        String doDifference,
        String starMoments,
        Integer ratingBefore,
        Integer ratingAfter) {

    public static Evaluation of(Loop loop, Map<String, String> answersByKey) {
        return new Evaluation(
                TrialAction.text(answersByKey, LoopField.EVALUATION_THINK_BEFORE),
                TrialAction.text(answersByKey, LoopField.EVALUATION_THINK_AFTER),
                TrialAction.text(answersByKey, LoopField.EVALUATION_THINK_DIFFERENCE),
                TrialAction.text(answersByKey, LoopField.EVALUATION_DO_BEFORE),
                TrialAction.text(answersByKey, LoopField.EVALUATION_DO_AFTER),
                TrialAction.text(answersByKey, LoopField.EVALUATION_DO_DIFFERENCE),
                TrialAction.text(answersByKey, LoopField.EVALUATION_STAR_MOMENTS),
                loop.ratingBefore(),
                loop.ratingAfter());
    }

    /** After minus before; empty until both ratings are given. */
    public Optional<Integer> ratingDifference() {
        return ratingBefore == null || ratingAfter == null
                ? Optional.empty()
                : Optional.of(ratingAfter - ratingBefore);
    }
}
