package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.storage.MeetingRepository;
import dk.refleksionsbog.core.storage.SearchHit;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class SqliteMeetingRepository implements MeetingRepository {
    private static final String SELECT = """
            SELECT id, kind, title, date, start_time, duration_minutes, location, challenge_id, loop_id, created_at,
                   updated_at
            FROM meeting""";

    private final Database database;
    private final SearchDocuments searchDocuments;

    SqliteMeetingRepository(Database database, SearchDocuments searchDocuments) {
        this.database = database;
        this.searchDocuments = searchDocuments;
    }

    @Override
    public void save(Meeting meeting) {
        database.transaction(() -> {
            database.update("""
                    INSERT INTO meeting (id, kind, title, date, start_time, duration_minutes, location, challenge_id,
                                         loop_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        kind = excluded.kind, title = excluded.title, date = excluded.date,
                        start_time = excluded.start_time, duration_minutes = excluded.duration_minutes,
                        location = excluded.location, challenge_id = excluded.challenge_id,
                        loop_id = excluded.loop_id, created_at = excluded.created_at,
                        updated_at = excluded.updated_at""",
                    meeting.id(), meeting.kind(), meeting.title(), meeting.date(), meeting.startTime(),
                    meeting.durationMinutes(), meeting.location(), meeting.challengeId(), meeting.loopId(),
                    meeting.createdAt(), meeting.updatedAt());
            database.update("DELETE FROM meeting_participant WHERE meeting_id = ?", meeting.id());
            List<String> participants = meeting.participants();
            for (int position = 0; position < participants.size(); position++) {
                database.update("INSERT INTO meeting_participant (meeting_id, position, name) VALUES (?, ?, ?)",
                        meeting.id(), position, participants.get(position));
            }
            searchDocuments.put(SearchHit.Kind.MEETING, meeting.id(), SearchDocuments.body(meeting.title(),
                    meeting.location(), String.join(", ", participants)));
            return null;
        });
    }

    @Override
    public Optional<Meeting> find(UUID id) {
        return database.read(() -> {
            List<String> participants = database.query(
                    "SELECT name FROM meeting_participant WHERE meeting_id = ? ORDER BY position",
                    row -> row.string("name"), id);
            return database.queryOne(SELECT + " WHERE id = ?", row -> map(row, participants), id);
        });
    }

    @Override
    public List<Meeting> list() {
        return database.read(() -> {
            Map<UUID, List<String>> participants = new HashMap<>();
            database.query("SELECT meeting_id, name FROM meeting_participant ORDER BY meeting_id, position", row -> {
                participants.computeIfAbsent(row.uuid("meeting_id"), id -> new ArrayList<>()).add(row.string("name"));
                return null;
            });
            return database.query(SELECT + " ORDER BY date DESC, start_time DESC, created_at DESC, id",
                    row -> map(row, participants.getOrDefault(row.uuid("id"), List.of())));
        });
    }

    @Override
    public void delete(UUID id) {
        database.transaction(() -> database.update("DELETE FROM meeting WHERE id = ?", id));
    }

    private static Meeting map(Row row, List<String> participants) throws SQLException {
        return new Meeting(row.uuid("id"), row.enumValue(MeetingKind.class, "kind"), row.string("title"),
                row.date("date"), row.time("start_time"), row.integer("duration_minutes"), row.string("location"),
                participants, row.uuid("challenge_id"), row.uuid("loop_id"), row.instant("created_at"),
                row.instant("updated_at"));
    }
}
