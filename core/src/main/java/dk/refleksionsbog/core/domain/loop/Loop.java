package dk.refleksionsbog.core.domain.loop;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.DomainRuleViolation.Kind;
import dk.refleksionsbog.core.domain.Texts;
import dk.refleksionsbog.core.domain.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One turn of action learning on a challenge (læringsloop), numbered from 1.
 *
 * <p>The loop is a small state machine over {@link Phase}: it moves forward one phase at a time,
 * may go back to any earlier phase (real learning is not linear) and forward again to any phase
 * it had already reached. Every move is kept in {@link #history()}. Finishing NEW_ACTION closes
 * the loop and yields the next one, which starts in PLANNING from the decided next action.
 *
 * <p>The answer texts live in {@code Answer} records owned by the loop; the loop itself holds
 * the state, the two ratings and the date of the first reflection meeting.
 *
 * @param ratingBefore 1–5: how much the problem challenges the leadership work, before the trial action
 * @param ratingAfter 1–5: how much the trial action supports the leadership work, after it
 * @param carriedOverAction the previous loop's decided next action; empty for loop 1
 * @param finishedAt when NEW_ACTION was finished; null while the loop is open
 */
public record Loop(
        UUID id,
        UUID challengeId,
        int number,
        Phase currentPhase,
        List<PhaseChange> history,
        Integer ratingBefore,
        Integer ratingAfter,
        LocalDate firstReflectionMeeting,
        String carriedOverAction,
        Instant finishedAt,
        Instant createdAt,
        Instant updatedAt) {

    public Loop {
        Texts.require(id, "id");
        Texts.require(challengeId, "challengeId");
        if (number < 1) {
            throw new DomainRuleViolation("A loop is numbered from 1, was " + number);
        }
        Texts.require(currentPhase, "currentPhase");
        history = List.copyOf(Texts.require(history, "history"));
        if (history.isEmpty() || history.get(history.size() - 1).to() != currentPhase) {
            throw new DomainRuleViolation("The phase history must end in the current phase " + currentPhase);
        }
        ratingBefore = Rating.check(ratingBefore, "The rating before the trial action");
        ratingAfter = Rating.check(ratingAfter, "The rating after the trial action");
        carriedOverAction = Texts.orEmpty(carriedOverAction);
        Timestamps.check(createdAt, updatedAt);
    }

    /** The first loop of a challenge starts by formulating the challenge. */
    public static Loop first(UUID id, UUID challengeId, Instant now) {
        return new Loop(id, challengeId, 1, Phase.CHALLENGE,
                List.of(new PhaseChange(null, Phase.CHALLENGE, now)), null, null, null, "", null, now, now);
    }

    public boolean isFinished() {
        return finishedAt != null;
    }

    /** The furthest phase this loop has ever been in; phases before it count as worked through. */
    public Phase furthestPhase() {
        Phase furthest = history.get(0).to();
        for (PhaseChange change : history) {
            if (furthest.isBefore(change.to())) {
                furthest = change.to();
            }
        }
        return furthest;
    }

    /** Whether the stepper may jump to {@code target} from where the loop is now. */
    public boolean canMoveTo(Phase target) {
        return whyNotMoveTo(target).isEmpty();
    }

    /** Why a move is refused; made into an exception only when thrown, as the stepper asks often. */
    private record Refusal(Kind kind, String reason) {}

    private Optional<Refusal> whyNotMoveTo(Phase target) {
        if (target == null) {
            return Optional.of(new Refusal(Kind.OTHER, "No phase was chosen"));
        }
        if (isFinished()) {
            return Optional.of(new Refusal(Kind.LOOP_FINISHED,
                    "Loop " + number + " is finished; continue in loop " + (number + 1)));
        }
        if (target == currentPhase) {
            return Optional.of(new Refusal(Kind.PHASE_ALREADY_CURRENT,
                    "Loop " + number + " is already in " + target));
        }
        boolean backwards = target.isBefore(currentPhase);
        boolean nextStep = currentPhase.next().filter(target::equals).isPresent();
        boolean alreadyReached = !furthestPhase().isBefore(target);
        if (backwards || nextStep || alreadyReached) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(Kind.PHASE_SKIPPED, "Loop " + number + " cannot skip from "
                + currentPhase + " to " + target + ": phases are worked in order"));
    }

    /** Moves the stepper, forward or back; the move is added to the history. */
    public Loop moveTo(Phase target, Instant now) {
        Optional<Refusal> refused = whyNotMoveTo(target);
        if (refused.isPresent()) {
            throw new IllegalPhaseMoveException(refused.get().kind(), refused.get().reason());
        }
        List<PhaseChange> moved = new ArrayList<>(history);
        moved.add(new PhaseChange(currentPhase, target, now));
        return new Loop(id, challengeId, number, target, moved, ratingBefore, ratingAfter,
                firstReflectionMeeting, carriedOverAction, null, createdAt, now);
    }

    /** Moves to the next phase; NEW_ACTION is left by {@link #finish}, not by advancing. */
    public Loop advance(Instant now) {
        Phase next = currentPhase.next().orElseThrow(() -> new IllegalPhaseMoveException(Kind.LOOP_IN_LAST_PHASE,
                "Loop " + number + " is in the last phase; finish it to start loop " + (number + 1)));
        return moveTo(next, now);
    }

    /**
     * Finishes NEW_ACTION: this loop is closed and the next loop on the same challenge begins in
     * PLANNING, carrying the decided next action.
     */
    public Succession finish(String decidedNextAction, UUID nextLoopId, Instant now) {
        if (isFinished()) {
            throw new IllegalPhaseMoveException(Kind.LOOP_FINISHED, "Loop " + number + " is already finished");
        }
        if (currentPhase != Phase.NEW_ACTION) {
            throw new IllegalPhaseMoveException(Kind.LOOP_NOT_IN_NEW_ACTION,
                    "Loop " + number + " can only be finished in NEW_ACTION, it is in " + currentPhase);
        }
        if (decidedNextAction == null || decidedNextAction.isBlank()) {
            throw new IllegalPhaseMoveException(Kind.NEXT_ACTION_MISSING,
                    "Decide the next action before finishing loop " + number);
        }
        Loop finished = new Loop(id, challengeId, number, currentPhase, history, ratingBefore, ratingAfter,
                firstReflectionMeeting, carriedOverAction, now, createdAt, now);
        Loop next = new Loop(nextLoopId, challengeId, number + 1, Phase.PLANNING,
                List.of(new PhaseChange(null, Phase.PLANNING, now)), null, null, null,
                decidedNextAction.strip(), null, now, now);
        return new Succession(finished, next);
    }

    public Loop withRatingBefore(Integer rating, Instant now) {
        return new Loop(id, challengeId, number, currentPhase, history, rating, ratingAfter,
                firstReflectionMeeting, carriedOverAction, finishedAt, createdAt, now);
    }

    public Loop withRatingAfter(Integer rating, Instant now) {
        return new Loop(id, challengeId, number, currentPhase, history, ratingBefore, rating,
                firstReflectionMeeting, carriedOverAction, finishedAt, createdAt, now);
    }

    public Loop withFirstReflectionMeeting(LocalDate date, Instant now) {
        return new Loop(id, challengeId, number, currentPhase, history, ratingBefore, ratingAfter,
                date, carriedOverAction, finishedAt, createdAt, now);
    }

    /** The closed loop and the one that continues the work. */
    public record Succession(Loop finished, Loop next) {}
}
