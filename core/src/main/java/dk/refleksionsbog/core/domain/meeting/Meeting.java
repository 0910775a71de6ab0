package dk.refleksionsbog.core.domain.meeting;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A reflection, network or joint meeting. Its agenda notes (reflection round, pattern analysis,
 * decision on the next loop, interview guide) are {@code Answer}s owned by the meeting.
 *
 * @param startTime null for an all-day or not yet timed meeting
 * @param loopId the loop the meeting reflects on, if any
 */
public record Meeting(
        UUID id,
        MeetingKind kind,
        String title,
        LocalDate date,
        LocalTime startTime,
        int durationMinutes,
        String location,
        List<String> participants,
        UUID challengeId,
        UUID loopId,
        Instant createdAt,
        Instant updatedAt) {

    public static final int DEFAULT_DURATION_MINUTES = 90;

    public Meeting {
        Texts.require(id, "id");
        Texts.require(kind, "kind");
        title = Texts.orEmpty(title).strip();
        if (date == null) {
            throw new DomainRuleViolation(DomainRuleViolation.Kind.MEETING_DATE_MISSING, "A meeting's date is required");
        }
        if (durationMinutes < 1 || durationMinutes > 24 * 60) {
            throw new DomainRuleViolation(DomainRuleViolation.Kind.MEETING_DURATION_OUT_OF_RANGE,
                    "A meeting lasts between 1 minute and a day, was " + durationMinutes + " minutes");
        }
        location = Texts.orEmpty(location).strip();
        participants = participants == null ? List.of()
                : participants.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        Timestamps.check(createdAt, updatedAt);
    }

    public static Meeting create(UUID id, MeetingKind kind, LocalDate date, Instant now) {
        return new Meeting(id, kind, "", date, null, DEFAULT_DURATION_MINUTES, "", List.of(), null, null, now, now);
    }

    public Meeting withDetails(String newTitle, LocalDate newDate, LocalTime newStart, int newDuration,
            String newLocation, List<String> newParticipants, Instant now) {
        return new Meeting(id, kind, newTitle, newDate, newStart, newDuration, newLocation, newParticipants,
                challengeId, loopId, createdAt, now);
    }

    public Meeting linkedTo(UUID newChallengeId, UUID newLoopId, Instant now) {
        return new Meeting(id, kind, title, date, startTime, durationMinutes, location, participants,
                newChallengeId, newLoopId, createdAt, now);
    }
}
