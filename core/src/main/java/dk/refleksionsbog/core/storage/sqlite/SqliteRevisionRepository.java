package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.AnswerRepository;
import dk.refleksionsbog.core.storage.ChallengeRepository;
import dk.refleksionsbog.core.storage.EntryRepository;
import dk.refleksionsbog.core.storage.RevisionRepository;
import dk.refleksionsbog.core.storage.StorageException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

final class SqliteRevisionRepository implements RevisionRepository {
    private static final String SELECT = "SELECT id, target_id, field, text, saved_at FROM revision";
    private static final Set<String> CHALLENGE_FIELDS = Set.of(Revision.DESCRIPTION, Revision.STRATEGIC_INTENTION,
            Revision.LEARNING_NEED, Revision.RESOURCES);

    private final Database database;
    private final Clock clock;
    private final ChallengeRepository challenges;
    private final AnswerRepository answers;
    private final EntryRepository entries;

    SqliteRevisionRepository(Database database, Clock clock, ChallengeRepository challenges, AnswerRepository answers,
            EntryRepository entries) {
        this.database = database;
        this.clock = clock;
        this.challenges = challenges;
        this.answers = answers;
        this.entries = entries;
    }

    @Override
    public List<Revision> history(UUID targetId) {
        return database.read(() -> database.query(SELECT + " WHERE target_id = ? ORDER BY saved_at DESC, sequence DESC",
                SqliteRevisionRepository::map, targetId));
    }

    @Override
    public String restore(UUID revisionId) {
        return database.transaction(() -> {
            Revision revision = database.queryOne(SELECT + " WHERE id = ?", SqliteRevisionRepository::map, revisionId)
                    .orElseThrow(() -> new StorageException("That earlier version no longer exists in the journal."));
            if (!restoreIntoChallenge(revision) && !restoreIntoAnswer(revision) && !restoreIntoEntry(revision)) {
                throw new StorageException("The text that earlier version belongs to no longer exists in the journal.");
            }
            return revision.text();
        });
    }

    private boolean restoreIntoChallenge(Revision revision) {
        if (!CHALLENGE_FIELDS.contains(revision.field())) {
            return false;
        }
        Optional<Challenge> challenge = challenges.find(revision.targetId());
        challenge.ifPresent(found -> challenges.save(withText(found, revision, notBefore(found.updatedAt()))));
        return challenge.isPresent();
    }

    private static Challenge withText(Challenge found, Revision revision, Instant now) {
        String text = revision.text();
        return switch (revision.field()) {
            case Revision.STRATEGIC_INTENTION -> found.withIntention(text, found.learningNeed(), found.resources(),
                    found.workMode(), now);
            case Revision.LEARNING_NEED -> found.withIntention(found.strategicIntention(), text, found.resources(),
                    found.workMode(), now);
            case Revision.RESOURCES -> found.withIntention(found.strategicIntention(), found.learningNeed(), text,
                    found.workMode(), now);
            default -> found.withDescription(text, now);
        };
    }

    private boolean restoreIntoAnswer(Revision revision) {
        Optional<Answer> answer = answers.find(revision.targetId());
        answer.ifPresent(found -> answers.save(found.withText(revision.text(), notBefore(found.updatedAt()))));
        return answer.isPresent();
    }

    private boolean restoreIntoEntry(Revision revision) {
        Optional<Entry> entry = entries.find(revision.targetId());
        entry.ifPresent(found -> entries.save(found.withText(revision.text(), notBefore(found.updatedAt()))));
        return entry.isPresent();
    }

    /** The restore's time, never before the record's last change even if the clock went back. */
    private Instant notBefore(Instant lastUpdate) {
        Instant now = clock.instant();
        return now.isBefore(lastUpdate) ? lastUpdate : now;
    }

    private static Revision map(Row row) throws SQLException {
        return new Revision(row.uuid("id"), row.uuid("target_id"), row.string("field"), row.string("text"),
                row.instant("saved_at"));
    }
}
