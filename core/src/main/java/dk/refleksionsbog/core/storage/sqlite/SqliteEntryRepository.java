package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.EntryRepository;
import dk.refleksionsbog.core.storage.SearchHit;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

final class SqliteEntryRepository implements EntryRepository {
    private static final String SELECT = """
            SELECT id, kind, text, occurred_on, challenge_id, loop_id, phase, evidence_level, created_at, updated_at
            FROM entry""";
    /** Stays well below SQLite's limit on bound parameters. */
    private static final int TAG_BATCH = 500;

    private final Database database;
    private final RevisionWriter revisions;
    private final SearchDocuments searchDocuments;

    SqliteEntryRepository(Database database, RevisionWriter revisions, SearchDocuments searchDocuments) {
        this.database = database;
        this.revisions = revisions;
        this.searchDocuments = searchDocuments;
    }

    @Override
    public void save(Entry entry) {
        database.transaction(() -> {
            String previousText = database.queryOne("SELECT text FROM entry WHERE id = ?", row -> row.string("text"),
                    entry.id()).orElse("");
            database.update("""
                    INSERT INTO entry (id, kind, text, occurred_on, challenge_id, loop_id, phase, evidence_level,
                                       created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        kind = excluded.kind, text = excluded.text, occurred_on = excluded.occurred_on,
                        challenge_id = excluded.challenge_id, loop_id = excluded.loop_id, phase = excluded.phase,
                        evidence_level = excluded.evidence_level, created_at = excluded.created_at,
                        updated_at = excluded.updated_at""",
                    entry.id(), entry.kind(), entry.text(), entry.occurredOn(), entry.challengeId(), entry.loopId(),
                    entry.phase(), entry.evidenceLevel(), entry.createdAt(), entry.updatedAt());
            database.update("DELETE FROM entry_tag WHERE entry_id = ?", entry.id());
            for (String tag : entry.tags()) {
                database.update("INSERT INTO entry_tag (entry_id, tag) VALUES (?, ?)", entry.id(), tag);
            }
            revisions.recordIfChanged(entry.id(), Revision.TEXT, previousText, entry.text(), entry.updatedAt());
            searchDocuments.put(SearchHit.Kind.ENTRY, entry.id(), entry.text());
            return null;
        });
    }

    @Override
    public Optional<Entry> find(UUID id) {
        return database.read(() -> {
            List<String> tags = database.query("SELECT tag FROM entry_tag WHERE entry_id = ?", row -> row.string("tag"), id);
            return database.queryOne(SELECT + " WHERE id = ?", row -> map(row, tags), id);
        });
    }

    @Override
    public List<Entry> list(EntryQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (query.kind() != null) {
            conditions.add("kind = ?");
            parameters.add(query.kind());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            Optional<String> tag = asStoredTag(query.tag());
            if (tag.isEmpty()) {
                return List.of();
            }
            conditions.add("EXISTS (SELECT 1 FROM entry_tag t WHERE t.entry_id = entry.id AND t.tag = ?)");
            parameters.add(tag.get());
        }
        if (query.challengeId() != null) {
            conditions.add("challenge_id = ?");
            parameters.add(query.challengeId());
        }
        if (query.loopId() != null) {
            conditions.add("loop_id = ?");
            parameters.add(query.loopId());
        }
        if (query.limit() <= 0) {
            return List.of();
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        parameters.add((long) query.limit());
        parameters.add((long) Math.max(0, query.offset()));
        String sql = SELECT + where + " ORDER BY occurred_on DESC, created_at DESC, id DESC LIMIT ? OFFSET ?";
        return database.read(() -> {
            List<UUID> ids = new ArrayList<>();
            List<Entry> untagged = database.query(sql, row -> {
                ids.add(row.uuid("id"));
                return map(row, List.of());
            }, parameters.toArray());
            Map<UUID, List<String>> tags = tagsOf(ids);
            List<Entry> entries = new ArrayList<>(untagged.size());
            for (Entry entry : untagged) {
                List<String> entryTags = tags.get(entry.id());
                entries.add(entryTags == null ? entry : withStoredTags(entry, entryTags));
            }
            return entries;
        });
    }

    /** A filter typed by the user may be no valid tag at all (too long); then nothing carries it. */
    private static Optional<String> asStoredTag(String tag) {
        try {
            return Optional.of(Tags.normalise(tag));
        } catch (DomainRuleViolation notATag) {
            return Optional.empty();
        }
    }

    private Map<UUID, List<String>> tagsOf(List<UUID> ids) throws SQLException {
        Map<UUID, List<String>> tags = new HashMap<>();
        for (int from = 0; from < ids.size(); from += TAG_BATCH) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + TAG_BATCH));
            String placeholders = String.join(",", Collections.nCopies(batch.size(), "?"));
            database.query("SELECT entry_id, tag FROM entry_tag WHERE entry_id IN (" + placeholders + ")", row -> {
                tags.computeIfAbsent(row.uuid("entry_id"), id -> new ArrayList<>()).add(row.string("tag"));
                return null;
            }, batch.toArray());
        }
        return tags;
    }

    /** Rebuilds the record with its tags while keeping the stored updatedAt. */
    private static Entry withStoredTags(Entry entry, List<String> tags) {
        return new Entry(entry.id(), entry.kind(), entry.text(), entry.occurredOn(), tags, entry.challengeId(),
                entry.loopId(), entry.phase(), entry.evidenceLevel(), entry.createdAt(), entry.updatedAt());
    }

    @Override
    public long count() {
        return database.read(() -> database.queryOne("SELECT count(*) AS n FROM entry", row -> row.longValue("n"))
                .orElse(0L));
    }

    @Override
    public List<String> allTags() {
        return database.read(() -> List.copyOf(new TreeSet<>(database.query(
                "SELECT tag FROM entry_tag UNION SELECT tag FROM challenge_tag", row -> row.string("tag")))));
    }

    @Override
    public void delete(UUID id) {
        database.transaction(() -> database.update("DELETE FROM entry WHERE id = ?", id));
    }

    private static Entry map(Row row, List<String> tags) throws SQLException {
        return new Entry(row.uuid("id"), row.enumValue(EntryKind.class, "kind"), row.string("text"),
                row.date("occurred_on"), tags, row.uuid("challenge_id"), row.uuid("loop_id"),
                row.enumValue(Phase.class, "phase"), row.enumValue(EvidenceLevel.class, "evidence_level"),
                row.instant("created_at"), row.instant("updated_at"));
    }
}
