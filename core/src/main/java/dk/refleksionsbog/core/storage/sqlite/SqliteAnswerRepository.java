package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.AnswerRepository;
import dk.refleksionsbog.core.storage.SearchHit;
import dk.refleksionsbog.core.storage.StorageException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class SqliteAnswerRepository implements AnswerRepository {
    private static final String SELECT = "SELECT id, owner_id, field_key, text, created_at, updated_at FROM answer";

    private final Database database;
    private final RevisionWriter revisions;
    private final SearchDocuments searchDocuments;

    SqliteAnswerRepository(Database database, RevisionWriter revisions, SearchDocuments searchDocuments) {
        this.database = database;
        this.revisions = revisions;
        this.searchDocuments = searchDocuments;
    }

    /** An INSERT or an UPDATE rather than an upsert, which costs SQLite twice as much with foreign keys on. */
    @Override
    public void save(Answer answer) {
        database.transaction(() -> {
            String ownerColumn = ownerColumn(answer.ownerId());
            Optional<String> previousText = database.queryOne("SELECT text FROM answer WHERE id = ?",
                    row -> row.string("text"), answer.id());
            UUID loopId = ownerColumn.equals("loop_id") ? answer.ownerId() : null;
            UUID meetingId = ownerColumn.equals("meeting_id") ? answer.ownerId() : null;
            UUID jobVisitId = ownerColumn.equals("job_visit_id") ? answer.ownerId() : null;
            Object[] values = {answer.ownerId(), loopId, meetingId, jobVisitId, answer.fieldKey(), answer.text(),
                answer.createdAt(), answer.updatedAt(), answer.id()};
            if (previousText.isEmpty()) {
                database.update("""
                        INSERT INTO answer (owner_id, loop_id, meeting_id, job_visit_id, field_key, text, created_at,
                                            updated_at, id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
            } else {
                database.update("""
                        UPDATE answer SET owner_id = ?, loop_id = ?, meeting_id = ?, job_visit_id = ?, field_key = ?,
                                          text = ?, created_at = ?, updated_at = ?
                        WHERE id = ?""", values);
            }
            if (previousText.isEmpty()) {
                revisions.recordFirst(answer.id(), Revision.TEXT, answer.text(), answer.updatedAt());
                searchDocuments.putNew(SearchHit.Kind.ANSWER, answer.id(), answer.text());
            } else {
                revisions.recordIfChanged(answer.id(), Revision.TEXT, previousText.get(), answer.text(),
                        answer.updatedAt());
                searchDocuments.put(SearchHit.Kind.ANSWER, answer.id(), answer.text());
            }
            return null;
        });
    }

    private String ownerColumn(UUID ownerId) throws SQLException {
        return database.queryOne("""
                SELECT 'loop_id' AS owner FROM loop WHERE id = ?
                UNION ALL SELECT 'meeting_id' FROM meeting WHERE id = ?
                UNION ALL SELECT 'job_visit_id' FROM job_visit WHERE id = ?""",
                row -> row.string("owner"), ownerId, ownerId, ownerId)
                .orElseThrow(() -> new StorageException("An answer belongs to a loop, meeting or job visit that is "
                        + "not in the journal (" + ownerId + "); save that first."));
    }

    @Override
    public Optional<Answer> find(UUID id) {
        return database.read(() -> database.queryOne(SELECT + " WHERE id = ?", SqliteAnswerRepository::map, id));
    }

    @Override
    public Map<UUID, Answer> findAll(Collection<UUID> ids) {
        Map<UUID, Answer> found = new HashMap<>();
        database.read(() -> database.queryForIds(SELECT + " WHERE id IN (%s)", ids, SqliteAnswerRepository::map))
                .forEach(answer -> found.put(answer.id(), answer));
        return found;
    }

    @Override
    public Optional<Answer> find(UUID ownerId, String fieldKey) {
        return database.read(() -> database.queryOne(SELECT + " WHERE owner_id = ? AND field_key = ?",
                SqliteAnswerRepository::map, ownerId, fieldKey));
    }

    @Override
    public List<Answer> listByOwner(UUID ownerId) {
        return database.read(() -> database.query(SELECT + " WHERE owner_id = ? ORDER BY created_at, field_key",
                SqliteAnswerRepository::map, ownerId));
    }

    @Override
    public Map<String, String> textsByKey(UUID ownerId) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Answer answer : listByOwner(ownerId)) {
            texts.put(answer.fieldKey(), answer.text());
        }
        return texts;
    }

    private static Answer map(Row row) throws SQLException {
        return new Answer(row.uuid("id"), row.uuid("owner_id"), row.string("field_key"), row.string("text"),
                row.instant("created_at"), row.instant("updated_at"));
    }
}
