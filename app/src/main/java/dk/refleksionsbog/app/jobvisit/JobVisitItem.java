package dk.refleksionsbog.app.jobvisit;

import dk.refleksionsbog.app.answer.OwnedItem;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the job-visits list. */
public record JobVisitItem(UUID id, VisitRole role, String partner, LocalDate date) implements OwnedItem {}
