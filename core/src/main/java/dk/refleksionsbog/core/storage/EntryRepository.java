package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.entry.Entry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface EntryRepository {
    /** Inserts or updates; a changed text keeps a revision. */
    void save(Entry entry);

    /**
     * Inserts an entry the caller knows is not in the journal (an import that has just looked,
     * in the same transaction), as {@link #save} inserts a new one but without looking for it
     * first. An entry that is there after all is refused, and its transaction fails with it.
     */
    void add(Entry entry);

    Optional<Entry> find(UUID id);

    /** The entries among these ids, by id; ids that name no entry are left out. For many ids at once. */
    default Map<UUID, Entry> findAll(Collection<UUID> ids) {
        Map<UUID, Entry> found = new HashMap<>();
        for (UUID id : ids) {
            find(id).ifPresent(entry -> found.put(id, entry));
        }
        return found;
    }

    /** Newest first (occurredOn, then createdAt). */
    List<Entry> list(EntryQuery query);

    long count();

    /** Every tag in use, sorted, for completion. */
    List<String> allTags();

    void delete(UUID id);
}
