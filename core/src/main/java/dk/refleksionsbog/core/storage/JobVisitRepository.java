package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface JobVisitRepository {
    void save(JobVisit visit);

    Optional<JobVisit> find(UUID id);

    /** Latest first; visits without a date last. */
    List<JobVisit> list();

    /** Deletes the visit with its answers. */
    void delete(UUID id);
}
