package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.SearchHit;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps one full-text document per searchable record, written in the same transaction as the
 * record. Deleting a record removes its document by trigger, which also covers cascades.
 */
final class SearchDocuments {
    private final Database database;

    SearchDocuments(Database database) {
        this.database = database;
    }

    /** The searchable parts of a record as one document; blank parts are left out. */
    static String body(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    }

    void put(SearchHit.Kind kind, UUID targetId, String body) throws SQLException {
        Optional<Long> rowId = database.queryOne("SELECT id FROM search_doc WHERE target_id = ?",
                row -> row.longValue("id"), targetId);
        if (body.isBlank()) {
            if (rowId.isPresent()) {
                remove(rowId.get());
            }
            return;
        }
        if (rowId.isEmpty()) {
            insert(kind, targetId, body);
            return;
        }
        boolean unchanged = database.queryOne("SELECT body FROM search_fts WHERE rowid = ?",
                row -> row.string("body"), rowId.get()).filter(body::equals).isPresent();
        if (!unchanged) {
            database.update("UPDATE search_fts SET body = ? WHERE rowid = ?", body, rowId.get());
        }
    }

    /**
     * The document of a record that was not in the journal before this save: a record's document
     * is deleted with it (the *_forget triggers), so there is none to look up or replace.
     */
    void putNew(SearchHit.Kind kind, UUID targetId, String body) throws SQLException {
        if (body.isBlank()) {
            return;
        }
        insert(kind, targetId, body);
    }

    /**
     * The document takes the row id SQLite just gave its search_doc row, read inside the second
     * insert rather than by a query of its own in between (one statement less per document, a
     * thousand for an import of 1,000 entries); search_doc has no triggers that could insert
     * anything else in between.
     */
    private void insert(SearchHit.Kind kind, UUID targetId, String body) throws SQLException {
        database.update("INSERT INTO search_doc (kind, target_id) VALUES (?, ?)", kind, targetId);
        database.update("INSERT INTO search_fts (rowid, body) VALUES (last_insert_rowid(), ?)", body);
    }

    private void remove(long rowId) throws SQLException {
        database.update("DELETE FROM search_fts WHERE rowid = ?", rowId);
        database.update("DELETE FROM search_doc WHERE id = ?", rowId);
    }
}
