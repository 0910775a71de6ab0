package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.loop.Loop;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface LoopRepository {
    /** Inserts or updates the loop with its whole phase history. */
    void save(Loop loop);

    Optional<Loop> find(UUID id);

    /** The challenge's loops by number. */
    List<Loop> listByChallenge(UUID challengeId);
}
