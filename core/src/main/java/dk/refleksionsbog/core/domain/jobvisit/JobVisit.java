package dk.refleksionsbog.core.domain.jobvisit;

import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A job visit (jobbesøg) with a partner leader. The expectation questions, observations, the
 * joint learning reflection and intended/actual/perceived leadership are {@code Answer}s owned by
 * the visit.
 *
 * @param activity the leadership activity chosen for the visit
 * @param date null until agreed
 */
public record JobVisit(
        UUID id,
        VisitRole role,
        String partner,
        String activity,
        LocalDate date,
        List<LeadershipForm> leadershipForms,
        UUID challengeId,
        Instant createdAt,
        Instant updatedAt) {

    public JobVisit {
        Texts.require(id, "id");
        Texts.require(role, "role");
        partner = Texts.orEmpty(partner).strip();
        activity = Texts.orEmpty(activity);
        leadershipForms = leadershipForms == null ? List.of()
                : leadershipForms.stream().distinct().sorted().toList();
        Timestamps.check(createdAt, updatedAt);
    }

    public static JobVisit create(UUID id, VisitRole role, String partner, Instant now) {
        return new JobVisit(id, role, partner, "", null, List.of(), null, now, now);
    }

    public JobVisit withDetails(VisitRole newRole, String newPartner, String newActivity, LocalDate newDate,
            List<LeadershipForm> forms, Instant now) {
        return new JobVisit(id, newRole, newPartner, newActivity, newDate, forms, challengeId, createdAt, now);
    }

    public JobVisit linkedTo(UUID newChallengeId, Instant now) {
        return new JobVisit(id, role, partner, activity, date, leadershipForms, newChallengeId, createdAt, now);
    }
}
