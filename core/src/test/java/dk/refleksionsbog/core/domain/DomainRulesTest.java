package dk.refleksionsbog.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    @DisplayName("a challenge needs a title")
    void challengeTitleIsRequired(String title) {
        assertThatThrownBy(() -> Challenge.create(UUID.randomUUID(), title, NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("The challenge title must not be empty");
    }

    @Test
    @DisplayName("a challenge title is trimmed and limited in length")
    void challengeTitleIsTrimmedAndLimited() {
        assertThat(Challenge.create(UUID.randomUUID(), "  Mødekultur i teamet ", NOW).title())
                .isEqualTo("Mødekultur i teamet");
        assertThatThrownBy(() -> Challenge.create(UUID.randomUUID(), "x".repeat(201), NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("at most 200");
    }

    @Test
    @DisplayName("a new challenge is active, worked on alone and is the leader's own")
    void challengeDefaults() {
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Sygefravær", NOW);
        assertThat(challenge.status()).isEqualTo(ChallengeStatus.ACTIVE);
        assertThat(challenge.workMode()).isEqualTo(WorkMode.ALONE);
        assertThat(challenge.isShared()).isFalse();
        assertThat(challenge.sharedBy("Mette Holm").isShared()).isTrue();
    }

    @Test
    @DisplayName("tags are lower-cased, trimmed, de-duplicated and sorted")
    void tagsAreNormalised() {
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Sygefravær", NOW)
                .withTags(List.of(" Økonomi", "#borger", "økonomi", "Organisation"), NOW);
        assertThat(challenge.tags()).containsExactly("borger", "organisation", "økonomi");
        assertThat(Tags.TRIPLE_BOTTOM_LINE).containsExactly("borger", "organisation", "økonomi");
        assertThatThrownBy(() -> Tags.normalise("  ")).isInstanceOf(DomainRuleViolation.class);
        assertThat(Tags.normalise(" ##Tillid  i\tTEAMET ")).isEqualTo("tillid i teamet");
        assertThat(Tags.normalise("a#b")).isEqualTo("a#b");
        assertThatThrownBy(() -> Tags.normalise("###")).isInstanceOf(DomainRuleViolation.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    @DisplayName("an entry needs text")
    void entryTextIsRequired(String text) {
        assertThatThrownBy(() -> Entry.create(UUID.randomUUID(), EntryKind.NOTE, text, TODAY, NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("An entry's text must not be empty");
    }

    @Test
    @DisplayName("an entry's links must be consistent: phase needs loop, loop needs challenge")
    void entryLinksAreConsistent() {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.OBSERVATION, "Teamet tog ordet", TODAY, NOW);
        UUID loop = UUID.randomUUID();
        assertThatThrownBy(() -> entry.linkedTo(null, loop, null, NOW))
                .hasMessageContaining("must also name the loop's challenge");
        assertThatThrownBy(() -> entry.linkedTo(UUID.randomUUID(), null, Phase.ACTION, NOW))
                .hasMessageContaining("must also be linked to a loop");
        assertThat(entry.linkedTo(UUID.randomUUID(), loop, Phase.ACTION, NOW).phase()).isEqualTo(Phase.ACTION);
    }

    @Test
    @DisplayName("only observations carry an evidence level, and changing kind drops it")
    void evidenceLevelBelongsToObservations() {
        Entry observation = Entry.create(UUID.randomUUID(), EntryKind.OBSERVATION, "Færre aflysninger", TODAY, NOW)
                .withEvidenceLevel(EvidenceLevel.TENDENCIES, NOW);
        assertThat(observation.evidenceLevel()).isEqualTo(EvidenceLevel.TENDENCIES);
        assertThat(observation.withKind(EntryKind.INSIGHT, NOW).evidenceLevel()).isNull();
        Entry note = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Note", TODAY, NOW);
        assertThatThrownBy(() -> note.withEvidenceLevel(EvidenceLevel.EVIDENCE, NOW))
                .hasMessage("Only an observation has an evidence level");
    }

    @Test
    @DisplayName("timestamps: updated is never before created")
    void updatedIsNotBeforeCreated() {
        assertThatThrownBy(() -> new Answer(UUID.randomUUID(), UUID.randomUUID(), "phase.planning.q1", "",
                        NOW, NOW.minusSeconds(1)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("is before createdAt");
    }

    @Test
    @DisplayName("an answer may be empty but needs a question key")
    void answerRules() {
        Answer answer = Answer.create(UUID.randomUUID(), UUID.randomUUID(), "phase.action.q1", null, NOW);
        assertThat(answer.text()).isEmpty();
        assertThat(answer.withText("Vi mødes stående", NOW.plusSeconds(5)).updatedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThatThrownBy(() -> Answer.create(UUID.randomUUID(), UUID.randomUUID(), " ", "x", NOW))
                .hasMessage("The question key must not be empty");
    }

    @Test
    @DisplayName("a meeting needs a date and a sensible duration; participants are trimmed")
    void meetingRules() {
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.JOINT, LocalDate.of(2026, 12, 9), NOW)
                .withDetails("Fællesmøde", LocalDate.of(2026, 12, 9), LocalTime.of(9, 0), 120, "Rådhuset",
                        List.of(" Anne ", "", "Bo"), NOW);
        assertThat(meeting.participants()).containsExactly("Anne", "Bo");
        assertThat(meeting.durationMinutes()).isEqualTo(120);
        assertThatThrownBy(() -> Meeting.create(UUID.randomUUID(), MeetingKind.NETWORK, null, NOW))
                .hasMessageContaining("date is required");
        assertThatThrownBy(() -> meeting.withDetails("", meeting.date(), null, 0, "", List.of(), NOW))
                .hasMessageContaining("between 1 minute and a day");
    }

    @Test
    @DisplayName("a job visit keeps each leadership form once, in a stable order")
    void jobVisitForms() {
        JobVisit visit = JobVisit.create(UUID.randomUUID(), VisitRole.HOST, "Karen", NOW)
                .withDetails(VisitRole.GUEST, "Karen", "Styregruppemøde", null,
                        List.of(LeadershipForm.RELATIONAL, LeadershipForm.VISION, LeadershipForm.RELATIONAL), NOW);
        assertThat(visit.role()).isEqualTo(VisitRole.GUEST);
        assertThat(visit.leadershipForms()).containsExactly(LeadershipForm.VISION, LeadershipForm.RELATIONAL);
    }

    @Test
    @DisplayName("a sparring comment needs an author and text")
    void commentRules() {
        UUID target = UUID.randomUUID();
        UUID loop = UUID.randomUUID();
        assertThat(SparringComment.create(UUID.randomUUID(), target, loop, " Mette ", "Godt set", NOW).author())
                .isEqualTo("Mette");
        assertThatThrownBy(() -> SparringComment.create(UUID.randomUUID(), target, loop, "", "Godt set", NOW))
                .hasMessage("A comment's author must not be empty");
        assertThatThrownBy(() -> SparringComment.create(UUID.randomUUID(), target, loop, "Mette", " ", NOW))
                .hasMessage("A comment's text must not be empty");
    }

    @Test
    @DisplayName("a journal is Danish by default and only knows da and en")
    void journalLanguage() {
        Journal journal = Journal.create(UUID.randomUUID(), "Lone", null, NOW);
        assertThat(journal.language()).isEqualTo("da");
        assertThat(journal.templateSetId()).isEqualTo(Journal.DEFAULT_TEMPLATE_SET);
        assertThat(journal.withLanguage("en", NOW).language()).isEqualTo("en");
        assertThatThrownBy(() -> journal.withLanguage("sv", NOW)).hasMessageContaining("da or en");
    }
}
