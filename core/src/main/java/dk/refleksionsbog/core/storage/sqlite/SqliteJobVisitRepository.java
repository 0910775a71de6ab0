package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.storage.JobVisitRepository;
import dk.refleksionsbog.core.storage.SearchHit;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

final class SqliteJobVisitRepository implements JobVisitRepository {
    private static final String SELECT =
            "SELECT id, role, partner, activity, date, challenge_id, created_at, updated_at FROM job_visit";

    private final Database database;
    private final SearchDocuments searchDocuments;

    SqliteJobVisitRepository(Database database, SearchDocuments searchDocuments) {
        this.database = database;
        this.searchDocuments = searchDocuments;
    }

    @Override
    public void save(JobVisit visit) {
        database.transaction(() -> {
            database.update("""
                    INSERT INTO job_visit (id, role, partner, activity, date, challenge_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        role = excluded.role, partner = excluded.partner, activity = excluded.activity,
                        date = excluded.date, challenge_id = excluded.challenge_id,
                        created_at = excluded.created_at, updated_at = excluded.updated_at""",
                    visit.id(), visit.role(), visit.partner(), visit.activity(), visit.date(), visit.challengeId(),
                    visit.createdAt(), visit.updatedAt());
            database.update("DELETE FROM job_visit_leadership_form WHERE job_visit_id = ?", visit.id());
            for (LeadershipForm form : visit.leadershipForms()) {
                database.update("INSERT INTO job_visit_leadership_form (job_visit_id, form) VALUES (?, ?)",
                        visit.id(), form);
            }
            searchDocuments.put(SearchHit.Kind.JOB_VISIT, visit.id(),
                    SearchDocuments.body(visit.partner(), visit.activity()));
            return null;
        });
    }

    @Override
    public Optional<JobVisit> find(UUID id) {
        return database.read(() -> {
            List<LeadershipForm> forms = database.query(
                    "SELECT form FROM job_visit_leadership_form WHERE job_visit_id = ?",
                    row -> row.enumValue(LeadershipForm.class, "form"), id);
            return database.queryOne(SELECT + " WHERE id = ?", row -> map(row, forms), id);
        });
    }

    @Override
    public List<JobVisit> list() {
        return database.read(() -> {
            Map<UUID, List<LeadershipForm>> forms = new HashMap<>();
            database.query("SELECT job_visit_id, form FROM job_visit_leadership_form", row -> {
                forms.computeIfAbsent(row.uuid("job_visit_id"), id -> new ArrayList<>())
                        .add(row.enumValue(LeadershipForm.class, "form"));
                return null;
            });
            return database.query(SELECT + " ORDER BY date IS NULL, date DESC, created_at DESC, id",
                    row -> map(row, forms.getOrDefault(row.uuid("id"), List.of())));
        });
    }

    @Override
    public void delete(UUID id) {
        database.transaction(() -> database.update("DELETE FROM job_visit WHERE id = ?", id));
    }

    private static JobVisit map(Row row, List<LeadershipForm> forms) throws SQLException {
        return new JobVisit(row.uuid("id"), row.enumValue(VisitRole.class, "role"), row.string("partner"),
                row.string("activity"), row.date("date"), forms, row.uuid("challenge_id"), row.instant("created_at"),
                row.instant("updated_at"));
    }
}
