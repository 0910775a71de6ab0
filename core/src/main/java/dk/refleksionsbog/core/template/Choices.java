package dk.refleksionsbog.core.template;

import java.util.List;

/** The wording of every list the user picks from. */
public record Choices(
        List<Choice> entryKinds,
        List<Choice> evidenceLevels,
        List<Choice> leadershipForms,
        List<Choice> tripleBottomLine,
        List<Choice> meetingKinds,
        List<Choice> visitRoles,
        List<Choice> workModes) {

    public Choices {
        entryKinds = orEmpty(entryKinds);
        evidenceLevels = orEmpty(evidenceLevels);
        leadershipForms = orEmpty(leadershipForms);
        tripleBottomLine = orEmpty(tripleBottomLine);
        meetingKinds = orEmpty(meetingKinds);
        visitRoles = orEmpty(visitRoles);
        workModes = orEmpty(workModes);
    }

    private static List<Choice> orEmpty(List<Choice> choices) {
        return choices == null ? List.of() : List.copyOf(choices);
    }
}
