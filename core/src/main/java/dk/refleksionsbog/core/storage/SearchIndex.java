package dk.refleksionsbog.core.storage;

import java.util.List;

public interface SearchIndex {
    /**
     * Ranked full-text search over everything the leader wrote. The query is the user's words,
     * not FTS syntax: any input is safe; a word ending in {@code *} is a prefix search.
     */
    List<SearchHit> search(String query, int limit);
}
