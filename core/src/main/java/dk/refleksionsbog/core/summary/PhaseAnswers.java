package dk.refleksionsbog.core.summary;

import dk.refleksionsbog.core.domain.loop.Phase;
import java.util.List;

/** The answered guiding questions of one phase, in template order. */
public record PhaseAnswers(Phase phase, String phaseName, List<LabelledText> answers) {
    public PhaseAnswers {
        answers = List.copyOf(answers);
    }

    public boolean isBlank() {
        return answers.stream().allMatch(LabelledText::isBlank);
    }
}
