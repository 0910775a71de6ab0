package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.text.Answer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface AnswerRepository {
    /** Inserts or updates; when the text changes, the text as saved is recorded as a revision. */
    void save(Answer answer);

    Optional<Answer> find(UUID id);

    Optional<Answer> find(UUID ownerId, String fieldKey);

    List<Answer> listByOwner(UUID ownerId);

    /** Field key to text for one owner: the shape TrialAction and Evaluation read from. */
    Map<String, String> textsByKey(UUID ownerId);
}
