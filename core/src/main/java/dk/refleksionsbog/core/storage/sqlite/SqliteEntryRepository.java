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
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

final class SqliteEntryRepository implements EntryRepository {
    private static final String SELECT = """
            SELECT id, kind, text, occurred_on, challenge_id, loop_id, phase, evidence_level, created_at, updated_at
            FROM entry""";

    private final Database database;
    private final RevisionWriter revisions;
    private final SearchDocuments searchDocuments;

    SqliteEntryRepository(Database database, RevisionWriter revisions, SearchDocuments searchDocuments) {
        this.database = database;
        this.revisions = revisions;
        this.searchDocuments = searchDocuments;
    }

    /**
     * An INSERT or an UPDATE, chosen by the read of the previous text that the revision needs
     * anyway: an upsert (INSERT ... ON CONFLICT DO UPDATE) into this parent of entry_tag costs SQLite
     * a foreign-key scan of the child table on every row, which made it 2.5 times as expensive.
     */
    @Override
    public void save(Entry entry) {
        database.transaction(() -> {
            Optional<String> previousText = database.queryOne("SELECT text FROM entry WHERE id = ?",
                    row -> row.string("text"), entry.id());
            if (previousText.isEmpty()) {
                insert(entry);
                return null;
            }
            database.update("""
                    UPDATE entry SET kind = ?, text = ?, occurred_on = ?, challenge_id = ?, loop_id = ?, phase = ?,
                                     evidence_level = ?, created_at = ?, updated_at = ?
                    WHERE id = ?""", columnValues(entry));
            database.update("DELETE FROM entry_tag WHERE entry_id = ?", entry.id());
            insertTags(entry);
            revisions.recordIfChanged(entry.id(), Revision.TEXT, previousText.get(), entry.text(), entry.updatedAt());
            searchDocuments.put(SearchHit.Kind.ENTRY, entry.id(), entry.text());
            return null;
        });
    }

    /** The look-up {@link #save} starts with is a statement per entry: a thousand for an import of 1,000. */
    @Override
    public void add(Entry entry) {
        database.transaction(() -> {
            insert(entry);
            return null;
        });
    }

    /** A new entry: the primary key refuses one that is there already. */
    private void insert(Entry entry) throws SQLException {
        database.update("""
                INSERT INTO entry (kind, text, occurred_on, challenge_id, loop_id, phase, evidence_level,
                                   created_at, updated_at, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", columnValues(entry));
        insertTags(entry);
        revisions.recordFirst(entry.id(), Revision.TEXT, entry.text(), entry.updatedAt());
        searchDocuments.putNew(SearchHit.Kind.ENTRY, entry.id(), entry.text());
    }

    private void insertTags(Entry entry) throws SQLException {
        for (String tag : entry.tags()) {
            database.update("INSERT INTO entry_tag (entry_id, tag) VALUES (?, ?)", entry.id(), tag);
        }
    }

    /** The columns in the order both statements of {@link #save} bind them, the id last. */
    private static Object[] columnValues(Entry entry) {
        return new Object[] {entry.kind(), entry.text(), entry.occurredOn(), entry.challengeId(), entry.loopId(),
            entry.phase(), entry.evidenceLevel(), entry.createdAt(), entry.updatedAt(), entry.id()};
    }

    @Override
    public Optional<Entry> find(UUID id) {
        return database.read(() -> {
            List<String> tags = database.query("SELECT tag FROM entry_tag WHERE entry_id = ?", row -> row.string("tag"), id);
            return database.queryOne(SELECT + " WHERE id = ?", row -> map(row, tags), id);
        });
    }

    @Override
    public Map<UUID, Entry> findAll(Collection<UUID> ids) {
        return database.read(() -> {
            List<Entry> untagged = database.queryForIds(SELECT + " WHERE id IN (%s)", ids, row -> map(row, List.of()));
            return withTags(untagged);
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
            List<Entry> untagged = database.query(sql, row -> map(row, List.of()), parameters.toArray());
            return new ArrayList<>(withTags(untagged).values());
        });
    }

    /** The entries with their tags, in the given order, keyed by id. */
    private Map<UUID, Entry> withTags(List<Entry> untagged) throws SQLException {
        Map<UUID, List<String>> tags = new HashMap<>();
        database.queryForIds("SELECT entry_id, tag FROM entry_tag WHERE entry_id IN (%s)",
                untagged.stream().map(Entry::id).toList(), row -> {
                    tags.computeIfAbsent(row.uuid("entry_id"), id -> new ArrayList<>()).add(row.string("tag"));
                    return null;
                });
        Map<UUID, Entry> entries = new LinkedHashMap<>();
        for (Entry entry : untagged) {
            List<String> entryTags = tags.get(entry.id());
            entries.put(entry.id(), entryTags == null ? entry : withStoredTags(entry, entryTags));
        }
        return entries;
    }

    /** A filter typed by the user may be no valid tag at all (too long); then nothing carries it. */
    private static Optional<String> asStoredTag(String tag) {
        try {
            return Optional.of(Tags.normalise(tag));
        } catch (DomainRuleViolation notATag) {
            return Optional.empty();
        }
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
