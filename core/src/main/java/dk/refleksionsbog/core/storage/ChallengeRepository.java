package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ChallengeRepository {
    /** Inserts or updates; a changed description keeps the previous one as a revision. */
    void save(Challenge challenge);

    Optional<Challenge> find(UUID id);

    /** All challenges, oldest first. */
    List<Challenge> list();

    /** Deletes the challenge with its loops, answers, comments and revisions; entries are unlinked. */
    void delete(UUID id);
}
