package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.SearchHit;
import dk.refleksionsbog.core.storage.SearchIndex;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * FTS5 search, ranked by bm25 and cut to the limit before snippets are made and hits are located.
 * bm25 must look at every match it ranks, so a word found in most of the journal would cost
 * hundreds of milliseconds at 100k entries: only the newest {@code rankingWindow} matches are
 * ranked. They are read in row-id order (the order documents were written, which FTS5 walks
 * without sorting) with their bm25 score, and sorted by SQLite's own sorter: letting FTS5 order by
 * {@code rank} itself was three times slower. snippet() tokenizes a whole document, so it runs in a
 * second pass over the chosen rows only.
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

    private record Ranked(long rowId, double score) {}

    private record Found(long rowId, SearchHit hit) {}

    @Override
    public List<SearchHit> search(String query, int limit) {
        Optional<String> match = FtsQuery.of(query);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        return database.read(() -> {
            List<Ranked> best = database.query("""
                    SELECT newest.rowid AS id, newest.score
                    FROM (SELECT rowid, bm25(search_fts) AS score FROM search_fts WHERE search_fts MATCH ?
                          ORDER BY rowid DESC LIMIT ?) AS newest
                    ORDER BY newest.score, newest.rowid DESC LIMIT ?""",
                    row -> new Ranked(row.longValue("id"), row.doubleValue("score")),
                    match.get(), rankingWindow, limit);
            if (best.isEmpty()) {
                return List.of();
            }
            Map<Long, SearchHit> unlocated = snippetsOf(match.get(), best);
            List<SearchHit> hits = new ArrayList<>(best.size());
            for (Ranked ranked : best) {
                SearchHit hit = unlocated.get(ranked.rowId());
                if (hit != null) {
                    locate(hit).ifPresent(hits::add);
                }
            }
            return hits;
        });
    }

    /**
     * The chosen rows with their snippets, keyed by row id. The row-id range lets FTS5 skip the
     * other matches; the set itself is only a filter ({@code +} keeps SQLite from looking each id
     * up with a fresh MATCH). CROSS JOIN keeps the full-text table outermost.
     */
    private Map<Long, SearchHit> snippetsOf(String match, List<Ranked> best) throws SQLException {
        Map<Long, Double> scores = new HashMap<>();
        StringJoiner ids = new StringJoiner(",", "[", "]");
        for (Ranked ranked : best) {
            scores.put(ranked.rowId(), ranked.score());
            ids.add(Long.toString(ranked.rowId()));
        }
        long lowest = best.stream().mapToLong(Ranked::rowId).min().orElseThrow();
        long highest = best.stream().mapToLong(Ranked::rowId).max().orElseThrow();
        List<Found> found = database.query("""
                SELECT f.rowid AS id, d.kind, d.target_id, snippet(search_fts, 0, ?, ?, '…', ?) AS snippet
                FROM search_fts f CROSS JOIN search_doc d ON d.id = f.rowid
                WHERE search_fts MATCH ? AND f.rowid BETWEEN ? AND ?
                  AND +f.rowid IN (SELECT value FROM json_each(?))""",
                row -> {
                    long rowId = row.longValue("id");
                    return new Found(rowId, new SearchHit(row.enumValue(SearchHit.Kind.class, "kind"),
                            row.uuid("target_id"), null, null, null, null, null, row.string("snippet"),
                            -scores.get(rowId)));
                },
                String.valueOf(SearchHit.MARK_START), String.valueOf(SearchHit.MARK_END), SNIPPET_TOKENS, match,
                lowest, highest, ids.toString());
        Map<Long, SearchHit> hits = new HashMap<>();
        found.forEach(hit -> hits.put(hit.rowId(), hit.hit()));
        return hits;
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
