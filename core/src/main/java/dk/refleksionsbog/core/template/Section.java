package dk.refleksionsbog.core.template;

import java.util.List;

/**
 * A titled group of a template set: the trial-action form, the evaluation, a point of the
 * meeting guide or of the job-visit guide.
 *
 * @param intro optional lead-in text
 * @param guidance advice shown as a list, without answer areas (e.g. the host's role)
 * @param fields the questions that take an answer
 */
public record Section(String id, LocalizedText title, LocalizedText intro, List<LocalizedText> guidance,
        List<Question> fields) {
    public Section {
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
