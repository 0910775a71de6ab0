package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.comment.SparringComment;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface CommentRepository {
    void save(SparringComment comment);

    Optional<SparringComment> find(UUID id);

    /** Oldest first. */
    List<SparringComment> listByTarget(UUID targetId);

    /** Oldest first. */
    List<SparringComment> listByLoop(UUID loopId);
}
