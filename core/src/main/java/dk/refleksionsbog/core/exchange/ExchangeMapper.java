package dk.refleksionsbog.core.exchange;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.challenge.ChallengeStatus;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.loop.PhaseChange;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.exchange.ExchangeDocument.AnswerDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.ChallengeDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.CommentDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.EntryDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JobVisitDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.JournalDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.LoopDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.MeetingDto;
import dk.refleksionsbog.core.exchange.ExchangeDocument.PhaseChangeDto;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Maps domain records to the wire records and back. Going back, the domain constructors enforce
 * the journal's rules (ratings 1–5, non-empty titles, a phase history that ends in the current
 * phase ...); this class adds only what the wire format itself needs, such as plausible dates.
 */
final class ExchangeMapper {
    /** Dates outside these years are typing or tampering mistakes and would confuse calendars and summaries. */
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2999;

    private ExchangeMapper() {}

    static JournalDto toDto(Journal journal) {
        return new JournalDto(journal.id(), journal.ownerName(), journal.language(), journal.templateSetId(),
                journal.strategyName(), journal.createdAt(), journal.updatedAt());
    }

    static ChallengeDto toDto(Challenge challenge) {
        return new ChallengeDto(challenge.id(), challenge.title(), challenge.description(), challenge.status().name(),
                challenge.tags(), challenge.strategicIntention(), challenge.learningNeed(), challenge.resources(),
                challenge.workMode().name(), challenge.sharedBy(), challenge.createdAt(), challenge.updatedAt());
    }

    static LoopDto toDto(Loop loop) {
        List<PhaseChangeDto> history = loop.history().stream()
                .map(change -> new PhaseChangeDto(nameOf(change.from()), change.to().name(), change.at()))
                .toList();
        return new LoopDto(loop.id(), loop.challengeId(), loop.number(), loop.currentPhase().name(), history,
                loop.ratingBefore(), loop.ratingAfter(), loop.firstReflectionMeeting(), loop.carriedOverAction(),
                loop.finishedAt(), loop.createdAt(), loop.updatedAt());
    }

    static AnswerDto toDto(Answer answer) {
        return new AnswerDto(answer.id(), answer.ownerId(), answer.fieldKey(), answer.text(), answer.createdAt(),
                answer.updatedAt());
    }

    static EntryDto toDto(Entry entry) {
        return new EntryDto(entry.id(), entry.kind().name(), entry.text(), entry.occurredOn(), entry.tags(),
                entry.challengeId(), entry.loopId(), nameOf(entry.phase()), nameOf(entry.evidenceLevel()),
                entry.createdAt(), entry.updatedAt());
    }

    static MeetingDto toDto(Meeting meeting) {
        return new MeetingDto(meeting.id(), meeting.kind().name(), meeting.title(), meeting.date(),
                meeting.startTime(), meeting.durationMinutes(), meeting.location(), meeting.participants(),
                meeting.challengeId(), meeting.loopId(), meeting.createdAt(), meeting.updatedAt());
    }

    static JobVisitDto toDto(JobVisit visit) {
        List<String> forms = visit.leadershipForms().stream().map(Enum::name).toList();
        return new JobVisitDto(visit.id(), visit.role().name(), visit.partner(), visit.activity(), visit.date(),
                forms, visit.challengeId(), visit.createdAt(), visit.updatedAt());
    }

    static CommentDto toDto(SparringComment comment) {
        return new CommentDto(comment.id(), comment.targetId(), comment.loopId(), comment.author(), comment.text(),
                comment.createdAt(), comment.updatedAt());
    }

    static Journal toDomain(JournalDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        return new Journal(dto.id(), dto.ownerName(), dto.language(), dto.templateSetId(), dto.strategyName(),
                dto.createdAt(), dto.updatedAt());
    }

    static Challenge toDomain(ChallengeDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        return new Challenge(dto.id(), dto.title(), dto.description(), ChallengeStatus.valueOf(dto.status()),
                dto.tags(), dto.strategicIntention(), dto.learningNeed(), dto.resources(),
                WorkMode.valueOf(dto.workMode()), dto.sharedBy(), dto.createdAt(), dto.updatedAt());
    }

    static Loop toDomain(LoopDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        checkInstant(dto.finishedAt(), "finishedAt");
        checkDate(dto.firstReflectionMeeting(), "firstReflectionMeeting");
        List<PhaseChange> history = dto.phaseHistory().stream()
                .map(change -> {
                    checkInstant(change.at(), "A phase change's time");
                    return new PhaseChange(phase(change.from()), Phase.valueOf(change.to()), change.at());
                })
                .toList();
        return new Loop(dto.id(), dto.challengeId(), dto.number(), Phase.valueOf(dto.currentPhase()), history,
                dto.ratingBefore(), dto.ratingAfter(), dto.firstReflectionMeeting(), dto.carriedOverAction(),
                dto.finishedAt(), dto.createdAt(), dto.updatedAt());
    }

    static Answer toDomain(AnswerDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        return new Answer(dto.id(), dto.ownerId(), dto.fieldKey(), dto.text(), dto.createdAt(), dto.updatedAt());
    }

    static Entry toDomain(EntryDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        checkDate(dto.occurredOn(), "occurredOn");
        EvidenceLevel level = dto.evidenceLevel() == null ? null : EvidenceLevel.valueOf(dto.evidenceLevel());
        return new Entry(dto.id(), EntryKind.valueOf(dto.kind()), dto.text(), dto.occurredOn(), dto.tags(),
                dto.challengeId(), dto.loopId(), phase(dto.phase()), level, dto.createdAt(), dto.updatedAt());
    }

    static Meeting toDomain(MeetingDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        checkDate(dto.date(), "date");
        return new Meeting(dto.id(), MeetingKind.valueOf(dto.kind()), dto.title(), dto.date(), dto.startTime(),
                dto.durationMinutes(), dto.location(), dto.participants(), dto.challengeId(), dto.loopId(),
                dto.createdAt(), dto.updatedAt());
    }

    static JobVisit toDomain(JobVisitDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        checkDate(dto.date(), "date");
        List<LeadershipForm> forms = dto.leadershipForms() == null ? List.of()
                : dto.leadershipForms().stream().map(LeadershipForm::valueOf).toList();
        return new JobVisit(dto.id(), VisitRole.valueOf(dto.role()), dto.partner(), dto.activity(), dto.date(),
                forms, dto.challengeId(), dto.createdAt(), dto.updatedAt());
    }

    static SparringComment toDomain(CommentDto dto) {
        checkTimes(dto.createdAt(), dto.updatedAt());
        return new SparringComment(dto.id(), dto.targetId(), dto.loopId(), dto.author(), dto.text(), dto.createdAt(),
                dto.updatedAt());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Phase phase(String name) {
        return name == null ? null : Phase.valueOf(name);
    }

    private static void checkTimes(Instant createdAt, Instant updatedAt) {
        checkInstant(createdAt, "createdAt");
        checkInstant(updatedAt, "updatedAt");
    }

    /** The value is put in words only when it is refused: a whole journal has tens of thousands of times. */
    private static void checkInstant(Instant instant, String what) {
        if (instant != null && !isWithinYears(instant.atOffset(ZoneOffset.UTC).getYear())) {
            throw outsideYears(what, instant.toString());
        }
    }

    private static void checkDate(LocalDate date, String what) {
        if (date != null && !isWithinYears(date.getYear())) {
            throw outsideYears(what, date.toString());
        }
    }

    private static boolean isWithinYears(int year) {
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }

    private static DomainRuleViolation outsideYears(String what, String value) {
        return new DomainRuleViolation(what + " " + value + " is outside the years " + EARLIEST_YEAR + "–" + LATEST_YEAR);
    }
}
