package dk.refleksionsbog.core.domain.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoopTest {
    private static final UUID CHALLENGE = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final Instant T0 = Instant.parse("2026-08-26T08:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static Loop firstLoop() {
        return Loop.first(UUID.randomUUID(), CHALLENGE, T0);
    }

    private static Loop advancedTo(Phase phase) {
        Loop loop = firstLoop();
        int minute = 1;
        while (loop.currentPhase() != phase) {
            loop = loop.advance(at(minute++));
        }
        return loop;
    }

    @Nested
    @DisplayName("a new loop")
    class NewLoop {
        @Test
        void startsInChallengeFormulationAsNumberOne() {
            Loop loop = firstLoop();
            assertThat(loop.number()).isEqualTo(1);
            assertThat(loop.currentPhase()).isEqualTo(Phase.CHALLENGE);
            assertThat(loop.history()).containsExactly(new PhaseChange(null, Phase.CHALLENGE, T0));
            assertThat(loop.isFinished()).isFalse();
            assertThat(loop.carriedOverAction()).isEmpty();
        }

        @Test
        void isNumberedFromOne() {
            assertThatThrownBy(() -> new Loop(UUID.randomUUID(), CHALLENGE, 0, Phase.CHALLENGE,
                            List.of(new PhaseChange(null, Phase.CHALLENGE, T0)), null, null, null, "", null, T0, T0))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining("numbered from 1");
        }

        @Test
        void mustHaveAHistoryEndingInItsCurrentPhase() {
            assertThatThrownBy(() -> new Loop(UUID.randomUUID(), CHALLENGE, 1, Phase.ACTION,
                            List.of(new PhaseChange(null, Phase.CHALLENGE, T0)), null, null, null, "", null, T0, T0))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining("end in the current phase ACTION");
        }
    }

    @Nested
    @DisplayName("moving forward")
    class Forward {
        @Test
        void advancesThroughTheSixPhasesInOrder() {
            Loop loop = firstLoop();
            for (Phase expected : List.of(Phase.PLANNING, Phase.ACTION, Phase.OBSERVATION, Phase.REFLECTION, Phase.NEW_ACTION)) {
                loop = loop.advance(at(expected.step()));
                assertThat(loop.currentPhase()).isEqualTo(expected);
            }
            assertThat(loop.history()).hasSize(6);
            assertThat(loop.updatedAt()).isEqualTo(at(Phase.NEW_ACTION.step()));
        }

        @Test
        void cannotSkipAPhaseNotYetReached() {
            Loop loop = advancedTo(Phase.PLANNING);
            assertThat(loop.canMoveTo(Phase.OBSERVATION)).isFalse();
            assertThatThrownBy(() -> loop.moveTo(Phase.OBSERVATION, at(10)))
                    .isInstanceOf(IllegalPhaseMoveException.class)
                    .hasMessageContaining("cannot skip from PLANNING to OBSERVATION");
        }

        @Test
        void cannotAdvancePastNewAction() {
            Loop loop = advancedTo(Phase.NEW_ACTION);
            assertThatThrownBy(() -> loop.advance(at(10)))
                    .isInstanceOf(IllegalPhaseMoveException.class)
                    .hasMessageContaining("finish it to start loop 2");
        }

        @Test
        void cannotMoveToThePhaseItIsIn() {
            Loop loop = advancedTo(Phase.ACTION);
            assertThatThrownBy(() -> loop.moveTo(Phase.ACTION, at(10)))
                    .isInstanceOf(IllegalPhaseMoveException.class)
                    .hasMessageContaining("already in ACTION");
        }

        @Test
        void rejectsAMissingTarget() {
            assertThatThrownBy(() -> firstLoop().moveTo(null, at(1)))
                    .isInstanceOf(IllegalPhaseMoveException.class);
        }
    }

    @Nested
    @DisplayName("moving back")
    class Back {
        @Test
        void mayGoBackToAnyEarlierPhaseAndTheMoveIsKept() {
            Loop loop = advancedTo(Phase.REFLECTION).moveTo(Phase.PLANNING, at(20));
            assertThat(loop.currentPhase()).isEqualTo(Phase.PLANNING);
            PhaseChange last = loop.history().get(loop.history().size() - 1);
            assertThat(last).isEqualTo(new PhaseChange(Phase.REFLECTION, Phase.PLANNING, at(20)));
            assertThat(last.isBackwards()).isTrue();
        }

        @Test
        void mayReturnForwardToAPhaseAlreadyReached() {
            Loop loop = advancedTo(Phase.REFLECTION).moveTo(Phase.PLANNING, at(20));
            assertThat(loop.furthestPhase()).isEqualTo(Phase.REFLECTION);
            assertThat(loop.canMoveTo(Phase.REFLECTION)).isTrue();
            assertThat(loop.moveTo(Phase.REFLECTION, at(21)).currentPhase()).isEqualTo(Phase.REFLECTION);
            assertThat(loop.canMoveTo(Phase.NEW_ACTION)).isFalse();
        }
    }

    @Nested
    @DisplayName("finishing NEW_ACTION")
    class Finish {
        @Test
        void startsTheNextLoopInPlanningWithTheDecidedAction() {
            Loop loop = advancedTo(Phase.NEW_ACTION);
            UUID nextId = UUID.randomUUID();
            Loop.Succession succession = loop.finish("  Afprøv stående møder med teamet  ", nextId, at(30));

            assertThat(succession.finished().isFinished()).isTrue();
            assertThat(succession.finished().finishedAt()).isEqualTo(at(30));
            Loop next = succession.next();
            assertThat(next.id()).isEqualTo(nextId);
            assertThat(next.challengeId()).isEqualTo(CHALLENGE);
            assertThat(next.number()).isEqualTo(2);
            assertThat(next.currentPhase()).isEqualTo(Phase.PLANNING);
            assertThat(next.carriedOverAction()).isEqualTo("Afprøv stående møder med teamet");
            assertThat(next.ratingBefore()).isNull();
            assertThat(next.isFinished()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = Phase.class, names = "NEW_ACTION", mode = EnumSource.Mode.EXCLUDE)
        void isOnlyPossibleInNewAction(Phase phase) {
            Loop loop = advancedTo(phase);
            assertThatThrownBy(() -> loop.finish("Næste skridt", UUID.randomUUID(), at(30)))
                    .isInstanceOf(IllegalPhaseMoveException.class)
                    .hasMessageContaining("only be finished in NEW_ACTION");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t"})
        void needsADecidedNextAction(String decision) {
            Loop loop = advancedTo(Phase.NEW_ACTION);
            assertThatThrownBy(() -> loop.finish(decision, UUID.randomUUID(), at(30)))
                    .isInstanceOf(IllegalPhaseMoveException.class)
                    .hasMessageContaining("Decide the next action");
        }

        @Test
        void aFinishedLoopNeitherMovesNorFinishesAgain() {
            Loop finished = advancedTo(Phase.NEW_ACTION).finish("Næste skridt", UUID.randomUUID(), at(30)).finished();
            assertThat(finished.canMoveTo(Phase.REFLECTION)).isFalse();
            assertThatThrownBy(() -> finished.moveTo(Phase.REFLECTION, at(31)))
                    .isInstanceOf(IllegalPhaseMoveException.class)
                    .hasMessageContaining("finished; continue in loop 2");
            assertThatThrownBy(() -> finished.finish("Igen", UUID.randomUUID(), at(32)))
                    .isInstanceOf(IllegalPhaseMoveException.class)
                    .hasMessageContaining("already finished");
        }
    }

    @Nested
    @DisplayName("ratings and the trial action")
    class Ratings {
        @ParameterizedTest
        @ValueSource(ints = {0, 6, -1, 100})
        void ratingsOutsideOneToFiveAreRejected(int rating) {
            Loop loop = firstLoop();
            assertThatThrownBy(() -> loop.withRatingBefore(rating, at(1)))
                    .isInstanceOf(DomainRuleViolation.class)
                    .hasMessageContaining("between 1 and 5");
            assertThatThrownBy(() -> loop.withRatingAfter(rating, at(1)))
                    .isInstanceOf(DomainRuleViolation.class);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5})
        void ratingsWithinOneToFiveAreKept(int rating) {
            Loop loop = firstLoop().withRatingBefore(rating, at(1)).withRatingAfter(rating, at(2));
            assertThat(loop.ratingBefore()).isEqualTo(rating);
            assertThat(loop.ratingAfter()).isEqualTo(rating);
        }

        @Test
        void theEvaluationShowsTheDifferenceOnceBothRatingsAreGiven() {
            Loop loop = firstLoop().withRatingBefore(4, at(1));
            assertThat(Evaluation.of(loop, java.util.Map.of()).ratingDifference()).isEmpty();
            Loop rated = loop.withRatingAfter(2, at(2));
            assertThat(Evaluation.of(rated, java.util.Map.of()).ratingDifference()).contains(-2);
        }

        @Test
        void theTrialActionIsReadFromTheLoopsAnswers() {
            LocalDate meeting = LocalDate.of(2026, 10, 1);
            Loop loop = firstLoop().withFirstReflectionMeeting(meeting, at(1));
            TrialAction action = TrialAction.of(loop, java.util.Map.of(
                    LoopField.TRIAL_BASELINE.key(), "Møderne flyder ud",
                    LoopField.TRIAL_INDICATORS.key(), "Vi slutter til tiden"));
            assertThat(action.baseline()).isEqualTo("Møderne flyder ud");
            assertThat(action.successCriterion()).isEmpty();
            assertThat(action.indicators()).isEqualTo("Vi slutter til tiden");
            assertThat(action.firstReflectionMeeting()).isEqualTo(meeting);
            assertThat(action.isEmpty()).isFalse();
        }
    }

    @Test
    @DisplayName("phases know their order and step numbers")
    void phasesKnowTheirNeighbours() {
        assertThat(Phase.CHALLENGE.previous()).isEmpty();
        assertThat(Phase.CHALLENGE.next()).contains(Phase.PLANNING);
        assertThat(Phase.NEW_ACTION.next()).isEmpty();
        assertThat(Phase.REFLECTION.previous()).contains(Phase.OBSERVATION);
        assertThat(Phase.NEW_ACTION.step()).isEqualTo(6);
    }

    @Test
    @DisplayName("every loop field belongs to the phase that asks it")
    void loopFieldsAreFoundByKey() {
        for (LoopField field : LoopField.values()) {
            assertThat(LoopField.byKey(field.key())).contains(field);
        }
        assertThat(LoopField.byKey("phase.planning.q1")).isEmpty();
        assertThat(LoopField.TRIAL_BASELINE.phase()).isEqualTo(Phase.PLANNING);
        assertThat(LoopField.EVALUATION_STAR_MOMENTS.phase()).isEqualTo(Phase.REFLECTION);
    }
}
