package dk.refleksionsbog.core.summary;

import dk.refleksionsbog.core.domain.entry.EntryKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry linked to the loop, as printed.
 *
 * @param kindLabel the kind as the template set names it, e.g. "Stjernestund"
 * @param evidenceLabel how strong the knowledge behind an observation is; empty when not assessed
 */
public record SummaryEntry(
        EntryKind kind, String kindLabel, LocalDate occurredOn, String text, String evidenceLabel,
        List<SummaryComment> comments) {
    public SummaryEntry {
        evidenceLabel = evidenceLabel == null ? "" : evidenceLabel;
        comments = comments == null ? List.of() : List.copyOf(comments);
    }
}
