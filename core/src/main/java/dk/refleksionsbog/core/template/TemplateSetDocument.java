package dk.refleksionsbog.core.template;

import java.util.List;

/** The shape of a template set file, exactly as TemplateJson reads it; checked by {@link TemplateValidator}. */
record TemplateSetDocument(
        String id,
        int version,
        LocalizedText title,
        LocalizedText strategyDefault,
        LocalizedText welcome,
        List<PhaseGuide> phases,
        Section challenge,
        Section trialAction,
        Section evaluation,
        Section newAction,
        List<Section> meetingGuide,
        List<Section> jobVisitGuide,
        Choices choices) {

    TemplateSetDocument {
        phases = phases == null ? List.of() : List.copyOf(phases);
        meetingGuide = meetingGuide == null ? List.of() : List.copyOf(meetingGuide);
        jobVisitGuide = jobVisitGuide == null ? List.of() : List.copyOf(jobVisitGuide);
        choices = choices == null ? new Choices(null, null, null, null, null, null, null) : choices;
    }
}
