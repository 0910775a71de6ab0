package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * The wire format of an exchange file, version {@value ExchangeFormat#VERSION}. These records are
 * the format: renaming a component changes the files people have on disk, so the domain records
 * are mapped to and from them explicitly by {@link ExchangeMapper} and never serialized directly.
 * Enum values travel as their constant names; {@code docs/exchange-format.md} describes every field.
 */
@JsonPropertyOrder({"format", "formatVersion", "exportedAt", "exportedBy", "journalId", "scope", "journal",
        "challenges", "loops", "answers", "entries", "meetings", "jobVisits", "comments"})
public record ExchangeDocument(
        String format,
        int formatVersion,
        Instant exportedAt,
        String exportedBy,
        UUID journalId,
        String scope,
        @JsonInclude(JsonInclude.Include.NON_NULL) JournalDto journal,
        List<ChallengeDto> challenges,
        List<LoopDto> loops,
        List<AnswerDto> answers,
        List<EntryDto> entries,
        List<MeetingDto> meetings,
        List<JobVisitDto> jobVisits,
        List<CommentDto> comments) {

    /** Absent lists in a file read as empty, so the code after parsing never sees null lists. */
    public ExchangeDocument {
        challenges = orEmpty(challenges);
        loops = orEmpty(loops);
        answers = orEmpty(answers);
        entries = orEmpty(entries);
        meetings = orEmpty(meetings);
        jobVisits = orEmpty(jobVisits);
        comments = orEmpty(comments);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    @JsonPropertyOrder({"id", "ownerName", "language", "templateSetId", "strategyName", "createdAt", "updatedAt"})
    public record JournalDto(
            UUID id,
            String ownerName,
            String language,
            String templateSetId,
            String strategyName,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonPropertyOrder({"id", "title", "description", "status", "tags", "strategicIntention", "learningNeed",
            "resources", "workMode", "sharedBy", "createdAt", "updatedAt"})
    public record ChallengeDto(
            UUID id,
            String title,
            String description,
            String status,
            List<String> tags,
            String strategicIntention,
            String learningNeed,
            String resources,
            String workMode,
            String sharedBy,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonPropertyOrder({"id", "challengeId", "number", "currentPhase", "phaseHistory", "ratingBefore", "ratingAfter",
            "firstReflectionMeeting", "carriedOverAction", "finishedAt", "createdAt", "updatedAt"})
    public record LoopDto(
            UUID id,
            UUID challengeId,
            int number,
            String currentPhase,
            List<PhaseChangeDto> phaseHistory,
            Integer ratingBefore,
            Integer ratingAfter,
            LocalDate firstReflectionMeeting,
            String carriedOverAction,
            Instant finishedAt,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonPropertyOrder({"from", "to", "at"})
    public record PhaseChangeDto(String from, String to, Instant at) {}

    @JsonPropertyOrder({"id", "ownerId", "fieldKey", "text", "createdAt", "updatedAt"})
    public record AnswerDto(UUID id, UUID ownerId, String fieldKey, String text, Instant createdAt, Instant updatedAt) {}

    @JsonPropertyOrder({"id", "kind", "text", "occurredOn", "tags", "challengeId", "loopId", "phase", "evidenceLevel",
            "createdAt", "updatedAt"})
    public record EntryDto(
            UUID id,
            String kind,
            String text,
            LocalDate occurredOn,
            List<String> tags,
            UUID challengeId,
            UUID loopId,
            String phase,
            String evidenceLevel,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonPropertyOrder({"id", "kind", "title", "date", "startTime", "durationMinutes", "location", "participants",
            "challengeId", "loopId", "createdAt", "updatedAt"})
    public record MeetingDto(
            UUID id,
            String kind,
            String title,
            LocalDate date,
            LocalTime startTime,
            int durationMinutes,
            String location,
            List<String> participants,
            UUID challengeId,
            UUID loopId,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonPropertyOrder({"id", "role", "partner", "activity", "date", "leadershipForms", "challengeId", "createdAt",
            "updatedAt"})
    public record JobVisitDto(
            UUID id,
            String role,
            String partner,
            String activity,
            LocalDate date,
            List<String> leadershipForms,
            UUID challengeId,
            Instant createdAt,
            Instant updatedAt) {}

    @JsonPropertyOrder({"id", "targetId", "loopId", "author", "text", "createdAt", "updatedAt"})
    public record CommentDto(
            UUID id, UUID targetId, UUID loopId, String author, String text, Instant createdAt, Instant updatedAt) {}
}
