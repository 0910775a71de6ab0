package dk.refleksionsbog.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.DomainRuleViolation.Kind;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.IllegalPhaseMoveException;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every rule a leader can break says which one it is, so the app can put it in the leader's words. */
class DomainRuleKindsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static void refused(ThrowingCallable breakingTheRule, Kind kind) {
        assertThatThrownBy(breakingTheRule).isInstanceOfSatisfying(DomainRuleViolation.class,
                violation -> assertThat(violation.kind()).isEqualTo(kind));
    }

    private static Loop loopIn(Phase phase) {
        Loop loop = Loop.first(UUID.randomUUID(), UUID.randomUUID(), NOW);
        while (loop.currentPhase() != phase) {
            loop = loop.advance(NOW);
        }
        return loop;
    }

    @Test
    @DisplayName("a missing or too long challenge title, an empty entry and a too long tag say so")
    void textRules() {
        refused(() -> Challenge.create(UUID.randomUUID(), " ", NOW), Kind.CHALLENGE_TITLE_MISSING);
        refused(() -> Challenge.create(UUID.randomUUID(), "x".repeat(Challenge.MAX_TITLE_LENGTH + 1), NOW),
                Kind.CHALLENGE_TITLE_TOO_LONG);
        refused(() -> Entry.create(UUID.randomUUID(), EntryKind.NOTE, "", TODAY, NOW), Kind.ENTRY_TEXT_MISSING);
        refused(() -> Tags.normalise("x".repeat(Tags.MAX_LENGTH + 1)), Kind.TAG_TOO_LONG);
        refused(() -> Challenge.create(UUID.randomUUID(), "Mødekultur", NOW)
                .withTags(List.of("x".repeat(Tags.MAX_LENGTH + 1)), NOW), Kind.TAG_TOO_LONG);
    }

    @Test
    @DisplayName("a meeting without a date is refused like any other rule, not with a NullPointerException")
    void aMeetingWithoutADateIsARefusedRule() {
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.REFLECTION, TODAY, NOW);

        refused(() -> meeting.withDetails("", null, null, 60, "", List.of(), NOW), Kind.MEETING_DATE_MISSING);
        refused(() -> meeting.withDetails("", TODAY, null, 0, "", List.of(), NOW), Kind.MEETING_DURATION_OUT_OF_RANGE);
        refused(() -> meeting.withDetails("", TODAY, null, 24 * 60 + 1, "", List.of(), NOW),
                Kind.MEETING_DURATION_OUT_OF_RANGE);
    }

    @Test
    @DisplayName("a rating outside 1-5 says so")
    void ratingRule() {
        Loop loop = loopIn(Phase.CHALLENGE);

        refused(() -> loop.withRatingBefore(0, NOW), Kind.RATING_OUT_OF_RANGE);
        refused(() -> loop.withRatingAfter(6, NOW), Kind.RATING_OUT_OF_RANGE);
    }

    @Test
    @DisplayName("each refused phase move says why, and is still an IllegalPhaseMoveException")
    void phaseMoves() {
        Loop fresh = loopIn(Phase.CHALLENGE);
        Loop last = loopIn(Phase.NEW_ACTION);
        Loop finished = last.finish("Næste aktion", UUID.randomUUID(), NOW).finished();

        refused(() -> fresh.moveTo(Phase.REFLECTION, NOW), Kind.PHASE_SKIPPED);
        refused(() -> fresh.moveTo(Phase.CHALLENGE, NOW), Kind.PHASE_ALREADY_CURRENT);
        refused(() -> fresh.finish("Næste aktion", UUID.randomUUID(), NOW), Kind.LOOP_NOT_IN_NEW_ACTION);
        refused(() -> last.advance(NOW), Kind.LOOP_IN_LAST_PHASE);
        refused(() -> last.finish(" ", UUID.randomUUID(), NOW), Kind.NEXT_ACTION_MISSING);
        refused(() -> finished.moveTo(Phase.PLANNING, NOW), Kind.LOOP_FINISHED);
        refused(() -> finished.finish("Igen", UUID.randomUUID(), NOW), Kind.LOOP_FINISHED);
        assertThatThrownBy(() -> fresh.moveTo(Phase.REFLECTION, NOW)).isInstanceOf(IllegalPhaseMoveException.class)
                .hasMessageContaining("cannot skip");
    }

    @Test
    @DisplayName("the English message stays for logs and the command line, and a rule without a kind is OTHER")
    void messagesStayAndOldRulesAreOther() {
        assertThatThrownBy(() -> Meeting.create(UUID.randomUUID(), MeetingKind.JOINT, null, NOW))
                .hasMessage("A meeting's date is required");
        assertThat(new DomainRuleViolation("Some rule").kind()).isEqualTo(Kind.OTHER);
        assertThat(new IllegalPhaseMoveException("Some move").kind()).isEqualTo(Kind.OTHER);
    }
}
