package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.loop.PhaseChange;
import dk.refleksionsbog.core.storage.LoopRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class SqliteLoopRepository implements LoopRepository {
    private static final String SELECT = """
            SELECT id, challenge_id, number, current_phase, rating_before, rating_after, first_reflection_meeting,
                   carried_over_action, finished_at, created_at, updated_at
            FROM loop""";

    private final Database database;

    SqliteLoopRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(Loop loop) {
        database.transaction(() -> {
            database.update("""
                    INSERT INTO loop (id, challenge_id, number, current_phase, rating_before, rating_after,
                                      first_reflection_meeting, carried_over_action, finished_at, created_at,
                                      updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        challenge_id = excluded.challenge_id, number = excluded.number,
                        current_phase = excluded.current_phase, rating_before = excluded.rating_before,
                        rating_after = excluded.rating_after,
                        first_reflection_meeting = excluded.first_reflection_meeting,
                        carried_over_action = excluded.carried_over_action, finished_at = excluded.finished_at,
                        created_at = excluded.created_at, updated_at = excluded.updated_at""",
                    loop.id(), loop.challengeId(), loop.number(), loop.currentPhase(), loop.ratingBefore(),
                    loop.ratingAfter(), loop.firstReflectionMeeting(), loop.carriedOverAction(), loop.finishedAt(),
                    loop.createdAt(), loop.updatedAt());
            database.update("DELETE FROM phase_change WHERE loop_id = ?", loop.id());
            List<PhaseChange> history = loop.history();
            for (int position = 0; position < history.size(); position++) {
                PhaseChange change = history.get(position);
                database.update("INSERT INTO phase_change (loop_id, position, from_phase, to_phase, at) VALUES (?, ?, ?, ?, ?)",
                        loop.id(), position, change.from(), change.to(), change.at());
            }
            return null;
        });
    }

    @Override
    public Optional<Loop> find(UUID id) {
        return database.read(() -> database.queryOne(SELECT + " WHERE id = ?", this::map, id));
    }

    @Override
    public List<Loop> listByChallenge(UUID challengeId) {
        return database.read(() -> database.query(SELECT + " WHERE challenge_id = ? ORDER BY number", this::map,
                challengeId));
    }

    private Loop map(Row row) throws SQLException {
        UUID id = row.uuid("id");
        return new Loop(id, row.uuid("challenge_id"), row.integer("number"),
                row.enumValue(Phase.class, "current_phase"), history(id), row.integer("rating_before"),
                row.integer("rating_after"), row.date("first_reflection_meeting"), row.string("carried_over_action"),
                row.instant("finished_at"), row.instant("created_at"), row.instant("updated_at"));
    }

    private List<PhaseChange> history(UUID loopId) throws SQLException {
        return database.query(
                "SELECT from_phase, to_phase, at FROM phase_change WHERE loop_id = ? ORDER BY position",
                row -> new PhaseChange(row.enumValue(Phase.class, "from_phase"), row.enumValue(Phase.class, "to_phase"),
                        row.instant("at")), loopId);
    }
}
