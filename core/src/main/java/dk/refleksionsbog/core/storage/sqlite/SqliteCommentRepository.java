package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.storage.CommentRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class SqliteCommentRepository implements CommentRepository {
    private static final String SELECT =
            "SELECT id, target_id, loop_id, author, text, created_at, updated_at FROM sparring_comment";

    private final Database database;

    SqliteCommentRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(SparringComment comment) {
        database.transaction(() -> database.update("""
                INSERT INTO sparring_comment (id, target_id, loop_id, author, text, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    target_id = excluded.target_id, loop_id = excluded.loop_id, author = excluded.author,
                    text = excluded.text, created_at = excluded.created_at, updated_at = excluded.updated_at""",
                comment.id(), comment.targetId(), comment.loopId(), comment.author(), comment.text(),
                comment.createdAt(), comment.updatedAt()));
    }

    @Override
    public Optional<SparringComment> find(UUID id) {
        return database.read(() -> database.queryOne(SELECT + " WHERE id = ?", SqliteCommentRepository::map, id));
    }

    @Override
    public List<SparringComment> listByTarget(UUID targetId) {
        return database.read(() -> database.query(SELECT + " WHERE target_id = ? ORDER BY created_at, id",
                SqliteCommentRepository::map, targetId));
    }

    @Override
    public List<SparringComment> listByLoop(UUID loopId) {
        return database.read(() -> database.query(SELECT + " WHERE loop_id = ? ORDER BY created_at, id",
                SqliteCommentRepository::map, loopId));
    }

    private static SparringComment map(Row row) throws SQLException {
        return new SparringComment(row.uuid("id"), row.uuid("target_id"), row.uuid("loop_id"), row.string("author"),
                row.string("text"), row.instant("created_at"), row.instant("updated_at"));
    }
}
