package dk.refleksionsbog.core.domain.challenge;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Tags;
import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A leadership challenge (ledelsesmæssig udfordring) the leader works on over several loops.
 *
 * @param strategicIntention the strategic intention the challenge serves ("Aktionslæring i 6 trin")
 * @param learningNeed what we need to learn to live up to the intention
 * @param resources how many resources we will spend
 * @param sharedBy null for the leader's own challenge; the owner's name when a sparring partner
 *     shared it, which makes its text read-only here
 */
public record Challenge(
        UUID id,
        String title,
        String description,
        ChallengeStatus status,
        List<String> tags,
        String strategicIntention,
        String learningNeed,
        String resources,
        WorkMode workMode,
        String sharedBy,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_TITLE_LENGTH = 200;

    public Challenge {
        Texts.require(id, "id");
        title = Texts.requireText(title, "The challenge title", DomainRuleViolation.Kind.CHALLENGE_TITLE_MISSING).strip();
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new DomainRuleViolation(DomainRuleViolation.Kind.CHALLENGE_TITLE_TOO_LONG,
                    "The challenge title is at most " + MAX_TITLE_LENGTH + " characters");
        }
        description = Texts.orEmpty(description);
        status = status == null ? ChallengeStatus.ACTIVE : status;
        tags = Tags.normaliseAll(tags);
        strategicIntention = Texts.orEmpty(strategicIntention);
        learningNeed = Texts.orEmpty(learningNeed);
        resources = Texts.orEmpty(resources);
        workMode = workMode == null ? WorkMode.ALONE : workMode;
        sharedBy = sharedBy == null || sharedBy.isBlank() ? null : sharedBy.strip();
        Timestamps.check(createdAt, updatedAt);
    }

    public static Challenge create(UUID id, String title, Instant now) {
        return new Challenge(id, title, "", ChallengeStatus.ACTIVE, List.of(), "", "", "", WorkMode.ALONE, null, now, now);
    }

    public boolean isShared() {
        return sharedBy != null;
    }

    public Challenge withTitle(String newTitle, Instant now) {
        return new Challenge(id, newTitle, description, status, tags, strategicIntention, learningNeed, resources, workMode, sharedBy, createdAt, now);
    }

    public Challenge withDescription(String newDescription, Instant now) {
        return new Challenge(id, title, newDescription, status, tags, strategicIntention, learningNeed, resources, workMode, sharedBy, createdAt, now);
    }

    public Challenge withStatus(ChallengeStatus newStatus, Instant now) {
        return new Challenge(id, title, description, newStatus, tags, strategicIntention, learningNeed, resources, workMode, sharedBy, createdAt, now);
    }

    public Challenge withTags(List<String> newTags, Instant now) {
        return new Challenge(id, title, description, status, newTags, strategicIntention, learningNeed, resources, workMode, sharedBy, createdAt, now);
    }

    public Challenge withIntention(String intention, String need, String plannedResources, WorkMode mode, Instant now) {
        return new Challenge(id, title, description, status, tags, intention, need, plannedResources, mode, sharedBy, createdAt, now);
    }

    public Challenge sharedBy(String ownerName) {
        return new Challenge(id, title, description, status, tags, strategicIntention, learningNeed, resources, workMode, Texts.requireText(ownerName, "The sharing owner's name"), createdAt, updatedAt);
    }
}
