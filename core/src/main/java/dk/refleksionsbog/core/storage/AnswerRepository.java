package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.text.Answer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface AnswerRepository {
    /** Inserts or updates; when the text changes, the text as saved is recorded as a revision. */
    void save(Answer answer);

    Optional<Answer> find(UUID id);

    /** The answers among these ids, by id; ids that name no answer are left out. For many ids at once. */
    default Map<UUID, Answer> findAll(Collection<UUID> ids) {
        Map<UUID, Answer> found = new HashMap<>();
        for (UUID id : ids) {
            find(id).ifPresent(answer -> found.put(id, answer));
        }
        return found;
    }

    Optional<Answer> find(UUID ownerId, String fieldKey);

    List<Answer> listByOwner(UUID ownerId);

    /** Field key to text for one owner: the shape TrialAction and Evaluation read from. */
    Map<String, String> textsByKey(UUID ownerId);
}
