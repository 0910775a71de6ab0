package dk.refleksionsbog.core.summary;

import java.util.List;
import java.util.Optional;

/**
 * The before/after evaluation of the trial action as the paper book lays it out: three columns
 * (before, after, the difference), a row for "what do I/we think" and one for "what do I/we do",
 * and the two 1–5 ratings.
 *
 * @param ratingBefore null until rated
 * @param ratingAfter null until rated
 */
public record EvaluationSummary(
        String beforeHeading,
        String afterHeading,
        String differenceHeading,
        List<Row> rows,
        String ratingBeforeLabel,
        Integer ratingBefore,
        String ratingAfterLabel,
        Integer ratingAfter) {

    public EvaluationSummary {
        rows = List.copyOf(rows);
    }

    /** After minus before; empty until both ratings are given. */
    public Optional<Integer> ratingDifference() {
        return ratingBefore == null || ratingAfter == null
                ? Optional.empty()
                : Optional.of(ratingAfter - ratingBefore);
    }

    public boolean isBlank() {
        return ratingBefore == null && ratingAfter == null && rows.stream().allMatch(Row::isBlank);
    }

    public record Row(LabelledText before, LabelledText after, LabelledText difference) {
        public boolean isBlank() {
            return before.isBlank() && after.isBlank() && difference.isBlank();
        }
    }
}
