package dk.refleksionsbog.core.domain.entry;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import dk.refleksionsbog.core.domain.loop.Phase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dated journal entry (refleksion / logbogsnotat), optionally linked to a challenge, a loop and
 * a phase.
 *
 * @param occurredOn the day the entry is about (defaults to the day it was written)
 * @param evidenceLevel only for observations; null when not assessed
 */
public record Entry(
        UUID id,
        EntryKind kind,
        String text,
        LocalDate occurredOn,
        List<String> tags,
        UUID challengeId,
        UUID loopId,
        Phase phase,
        EvidenceLevel evidenceLevel,
        Instant createdAt,
        Instant updatedAt) {

    public Entry {
        Texts.require(id, "id");
        kind = kind == null ? EntryKind.NOTE : kind;
        text = Texts.requireText(text, "An entry's text", DomainRuleViolation.Kind.ENTRY_TEXT_MISSING);
        Texts.require(occurredOn, "occurredOn");
        tags = Tags.normaliseAll(tags);
        if (loopId != null && challengeId == null) {
            throw new DomainRuleViolation("An entry linked to a loop must also name the loop's challenge");
        }
        if (phase != null && loopId == null) {
            throw new DomainRuleViolation("An entry linked to a phase must also be linked to a loop");
        }
        if (evidenceLevel != null && kind != EntryKind.OBSERVATION) {
            throw new DomainRuleViolation("Only an observation has an evidence level");
        }
        Timestamps.check(createdAt, updatedAt);
    }

    public static Entry create(UUID id, EntryKind kind, String text, LocalDate occurredOn, Instant now) {
        return new Entry(id, kind, text, occurredOn, List.of(), null, null, null, null, now, now);
    }

    public Entry linkedTo(UUID newChallengeId, UUID newLoopId, Phase newPhase, Instant now) {
        return new Entry(id, kind, text, occurredOn, tags, newChallengeId, newLoopId, newPhase, evidenceLevel, createdAt, now);
    }

    public Entry withText(String newText, Instant now) {
        return new Entry(id, kind, newText, occurredOn, tags, challengeId, loopId, phase, evidenceLevel, createdAt, now);
    }

    public Entry withKind(EntryKind newKind, Instant now) {
        EvidenceLevel level = newKind == EntryKind.OBSERVATION ? evidenceLevel : null;
        return new Entry(id, newKind, text, occurredOn, tags, challengeId, loopId, phase, level, createdAt, now);
    }

    public Entry withTags(List<String> newTags, Instant now) {
        return new Entry(id, kind, text, occurredOn, newTags, challengeId, loopId, phase, evidenceLevel, createdAt, now);
    }

    public Entry withOccurredOn(LocalDate date, Instant now) {
        return new Entry(id, kind, text, date, tags, challengeId, loopId, phase, evidenceLevel, createdAt, now);
    }

    public Entry withEvidenceLevel(EvidenceLevel level, Instant now) {
        return new Entry(id, kind, text, occurredOn, tags, challengeId, loopId, phase, level, createdAt, now);
    }
}
