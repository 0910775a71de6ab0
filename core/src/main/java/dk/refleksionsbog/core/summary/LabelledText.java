package dk.refleksionsbog.core.summary;

import java.util.List;

/**
 * One answer in the summary with the question or label it answers and the sparring comments on it.
 */
public record LabelledText(String label, String text, List<SummaryComment> comments) {
    public LabelledText {
        label = label == null ? "" : label;
        text = text == null ? "" : text;
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    public LabelledText(String label, String text) {
        this(label, text, List.of());
    }

    /** Nothing written and nothing commented: such an item is left out of the print. */
    public boolean isBlank() {
        return text.isBlank() && comments.isEmpty();
    }
}
