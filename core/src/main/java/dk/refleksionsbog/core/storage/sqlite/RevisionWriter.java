package dk.refleksionsbog.core.storage.sqlite;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Records a revision whenever a save changes a free text; called inside the save's transaction. */
final class RevisionWriter {
    private final Database database;

    RevisionWriter(Database database) {
        this.database = database;
    }

    /**
     * @param previousText the stored text before this save; empty when the record is new
     */
    void recordIfChanged(UUID targetId, String field, String previousText, String newText, Instant savedAt)
            throws SQLException {
        if (Objects.equals(previousText, newText)) {
            return;
        }
        database.update("""
                INSERT INTO revision (id, target_id, field, text, saved_at, sequence)
                VALUES (?, ?, ?, ?, ?,
                        (SELECT coalesce(max(sequence), 0) + 1 FROM revision WHERE target_id = ?))""",
                UUID.randomUUID(), targetId, field, newText, savedAt, targetId);
    }

    /**
     * The first revision of a record that was not in the journal before this save. A record's
     * revisions are deleted with it (the *_forget triggers), so this one is number 1: no lookup of
     * the last number, which cost more than the insert itself when an import adds thousands.
     */
    void recordFirst(UUID targetId, String field, String text, Instant savedAt) throws SQLException {
        if (text.isEmpty()) {
            return;
        }
        database.update("""
                INSERT INTO revision (id, target_id, field, text, saved_at, sequence)
                VALUES (?, ?, ?, ?, ?, 1)""",
                UUID.randomUUID(), targetId, field, text, savedAt);
    }
}
