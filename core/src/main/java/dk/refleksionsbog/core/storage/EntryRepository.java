package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.entry.Entry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface EntryRepository {
    /** Inserts or updates; a changed text keeps a revision. */
    void save(Entry entry);

    Optional<Entry> find(UUID id);

    /** Newest first (occurredOn, then createdAt). */
    List<Entry> list(EntryQuery query);

    long count();

    /** Every tag in use, sorted, for completion. */
    List<String> allTags();

    void delete(UUID id);
}
