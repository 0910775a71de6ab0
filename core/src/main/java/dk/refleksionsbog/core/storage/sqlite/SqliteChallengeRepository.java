package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.challenge.ChallengeStatus;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.ChallengeRepository;
import dk.refleksionsbog.core.storage.SearchHit;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class SqliteChallengeRepository implements ChallengeRepository {
    private static final String SELECT = """
            SELECT id, title, description, status, strategic_intention, learning_need, resources, work_mode,
                   shared_by, created_at, updated_at
            FROM challenge""";

    private final Database database;
    private final RevisionWriter revisions;
    private final SearchDocuments searchDocuments;

    SqliteChallengeRepository(Database database, RevisionWriter revisions, SearchDocuments searchDocuments) {
        this.database = database;
        this.revisions = revisions;
        this.searchDocuments = searchDocuments;
    }

    @Override
    public void save(Challenge challenge) {
        database.transaction(() -> {
            Challenge previous = database.queryOne(SELECT + " WHERE id = ?", row -> map(row, List.of()), challenge.id())
                    .orElse(null);
            database.update("""
                    INSERT INTO challenge (id, title, description, status, strategic_intention, learning_need,
                                           resources, work_mode, shared_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        title = excluded.title, description = excluded.description, status = excluded.status,
                        strategic_intention = excluded.strategic_intention, learning_need = excluded.learning_need,
                        resources = excluded.resources, work_mode = excluded.work_mode,
                        shared_by = excluded.shared_by, created_at = excluded.created_at,
                        updated_at = excluded.updated_at""",
                    challenge.id(), challenge.title(), challenge.description(), challenge.status(),
                    challenge.strategicIntention(), challenge.learningNeed(), challenge.resources(),
                    challenge.workMode(), challenge.sharedBy(), challenge.createdAt(), challenge.updatedAt());
            database.update("DELETE FROM challenge_tag WHERE challenge_id = ?", challenge.id());
            for (String tag : challenge.tags()) {
                database.update("INSERT INTO challenge_tag (challenge_id, tag) VALUES (?, ?)", challenge.id(), tag);
            }
            recordRevisions(previous, challenge);
            searchDocuments.put(SearchHit.Kind.CHALLENGE, challenge.id(), SearchDocuments.body(challenge.title(),
                    challenge.description(), challenge.strategicIntention(), challenge.learningNeed(),
                    challenge.resources()));
            return null;
        });
    }

    /** Each of the challenge's free texts keeps its own history, like an answer's text. */
    private void recordRevisions(Challenge previous, Challenge saved) throws SQLException {
        revisions.recordIfChanged(saved.id(), Revision.DESCRIPTION, previous == null ? "" : previous.description(),
                saved.description(), saved.updatedAt());
        revisions.recordIfChanged(saved.id(), Revision.STRATEGIC_INTENTION,
                previous == null ? "" : previous.strategicIntention(), saved.strategicIntention(), saved.updatedAt());
        revisions.recordIfChanged(saved.id(), Revision.LEARNING_NEED, previous == null ? "" : previous.learningNeed(),
                saved.learningNeed(), saved.updatedAt());
        revisions.recordIfChanged(saved.id(), Revision.RESOURCES, previous == null ? "" : previous.resources(),
                saved.resources(), saved.updatedAt());
    }

    @Override
    public Optional<Challenge> find(UUID id) {
        return database.read(() -> {
            List<String> tags = database.query("SELECT tag FROM challenge_tag WHERE challenge_id = ?",
                    row -> row.string("tag"), id);
            return database.queryOne(SELECT + " WHERE id = ?", row -> map(row, tags), id);
        });
    }

    @Override
    public List<Challenge> list() {
        return database.read(() -> {
            Map<UUID, List<String>> tags = new HashMap<>();
            database.query("SELECT challenge_id, tag FROM challenge_tag", row -> {
                tags.computeIfAbsent(row.uuid("challenge_id"), id -> new ArrayList<>()).add(row.string("tag"));
                return null;
            });
            return database.query(SELECT + " ORDER BY created_at, id",
                    row -> map(row, tags.getOrDefault(row.uuid("id"), List.of())));
        });
    }

    @Override
    public void delete(UUID id) {
        database.transaction(() -> database.update("DELETE FROM challenge WHERE id = ?", id));
    }

    private static Challenge map(Row row, List<String> tags) throws SQLException {
        return new Challenge(row.uuid("id"), row.string("title"), row.string("description"),
                row.enumValue(ChallengeStatus.class, "status"), tags, row.string("strategic_intention"),
                row.string("learning_need"), row.string("resources"), row.enumValue(WorkMode.class, "work_mode"),
                row.string("shared_by"), row.instant("created_at"), row.instant("updated_at"));
    }
}
