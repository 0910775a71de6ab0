package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.SearchHit;
import dk.refleksionsbog.core.storage.SearchIndex;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * FTS5 search, ranked by bm25 inside the index and cut to the limit before snippets are made and
 * hits are located. bm25 must look at every match it ranks, so a word found in most of the journal
 * would cost hundreds of milliseconds at 100k entries: only the newest {@code rankingWindow}
 * matches are ranked (found cheaply in row-id order, which is the order documents were written).
 * {@link SearchHit#rank()} is the relevance: higher is better.
 */
final class SqliteSearchIndex implements SearchIndex {
    static final int DEFAULT_RANKING_WINDOW = 2000;
    private static final int SNIPPET_TOKENS = 16;

    private final Database database;
    private final int rankingWindow;

    SqliteSearchIndex(Database database, int rankingWindow) {
        this.database = database;
        this.rankingWindow = rankingWindow;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        Optional<String> match = FtsQuery.of(query);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        return database.read(() -> {
            long oldestRanked = database.queryOne(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                    row -> row.longValue("rowid"), match.get(), rankingWindow - 1).orElse(Long.MIN_VALUE);
            List<SearchHit> unlocated = database.query("""
                    SELECT d.kind, d.target_id, hit.snippet, hit.rank
                    FROM (SELECT rowid, rank, snippet(search_fts, 0, ?, ?, '…', ?) AS snippet
                          FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?) AS hit
                    JOIN search_doc d ON d.id = hit.rowid
                    ORDER BY hit.rank""",
                    row -> new SearchHit(row.enumValue(SearchHit.Kind.class, "kind"), row.uuid("target_id"), null,
                            null, null, null, null, row.string("snippet"), -row.doubleValue("rank")),
                    String.valueOf(SearchHit.MARK_START), String.valueOf(SearchHit.MARK_END), SNIPPET_TOKENS,
                    match.get(), oldestRanked, limit);
            List<SearchHit> hits = new ArrayList<>(unlocated.size());
            for (SearchHit hit : unlocated) {
                locate(hit).ifPresent(hits::add);
            }
            return hits;
        });
    }

    /** Fills in where the hit lives (challenge › loop › phase); empty if the record is gone. */
    private Optional<SearchHit> locate(SearchHit hit) throws SQLException {
        UUID id = hit.targetId();
        return switch (hit.kind()) {
            case ENTRY -> database.queryOne("SELECT challenge_id, loop_id, phase FROM entry WHERE id = ?",
                    row -> located(hit, id, row.uuid("challenge_id"), row.uuid("loop_id"),
                            row.enumValue(Phase.class, "phase"), null), id);
            case ANSWER -> database.queryOne("""
                    SELECT a.owner_id, a.field_key, a.loop_id AS own_loop,
                           coalesce(l.challenge_id, m.challenge_id, j.challenge_id) AS challenge_id,
                           coalesce(a.loop_id, m.loop_id) AS loop_id
                    FROM answer a
                    LEFT JOIN loop l ON l.id = a.loop_id
                    LEFT JOIN meeting m ON m.id = a.meeting_id
                    LEFT JOIN job_visit j ON j.id = a.job_visit_id
                    WHERE a.id = ?""",
                    row -> {
                        String fieldKey = row.string("field_key");
                        Phase phase = row.uuid("own_loop") == null ? null : FieldPhases.phaseOf(fieldKey).orElse(null);
                        return located(hit, row.uuid("owner_id"), row.uuid("challenge_id"), row.uuid("loop_id"), phase,
                                fieldKey);
                    }, id);
            case CHALLENGE -> database.queryOne("SELECT id FROM challenge WHERE id = ?",
                    row -> located(hit, id, id, null, null, null), id);
            case MEETING -> database.queryOne("SELECT challenge_id, loop_id FROM meeting WHERE id = ?",
                    row -> located(hit, id, row.uuid("challenge_id"), row.uuid("loop_id"), null, null), id);
            case JOB_VISIT -> database.queryOne("SELECT challenge_id FROM job_visit WHERE id = ?",
                    row -> located(hit, id, row.uuid("challenge_id"), null, null, null), id);
        };
    }

    private static SearchHit located(SearchHit hit, UUID ownerId, UUID challengeId, UUID loopId, Phase phase,
            String fieldKey) {
        return new SearchHit(hit.kind(), hit.targetId(), ownerId, challengeId, loopId, phase, fieldKey, hit.snippet(),
                hit.rank());
    }
}
