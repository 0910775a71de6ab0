package dk.refleksionsbog.core.storage.sqlite;

import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.T0;
import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.at;
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
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.StorageException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRoundTripTest {
    @TempDir
    Path folder;

    SqliteJournalStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Closes and opens the file again, so nothing can come from memory. */
    private void reopen() {
        store.close();
        store = StoreFixture.open(folder);
    }

    @Test
    void journalSettingsSurviveReopening() {
        Journal created = store.journal();
        assertThat(created.ownerName()).isEmpty();
        assertThat(created.language()).isEqualTo("da");
        assertThat(created.createdAt()).isEqualTo(StoreFixture.CLOCK.instant());
        Instant later = created.createdAt().plusNanos(7);
        Journal changed = created.withOwnerName("Mette Sørensen", later).withLanguage("en", later)
                .withStrategyName("Selvværd og sammenhæng", later);
        store.saveJournal(changed);
        reopen();
        assertThat(store.journal()).isEqualTo(changed);
    }

    @Test
    void challengeWithEveryFieldComesBackEqual() {
        Challenge challenge = new Challenge(UUID.randomUUID(), "Mødekultur i teamet", "Vi når aldrig til beslutninger",
                ChallengeStatus.CLOSED, List.of("økonomi", "borger"), "Selvværd og sammenhæng", "Hvordan vi lytter",
                "To timer om ugen", WorkMode.LEARNING_GROUP, "Anne", T0, at(5));
        store.challenges().save(challenge);
        reopen();
        assertThat(store.challenges().find(challenge.id())).contains(challenge);
        assertThat(store.challenges().list()).containsExactly(challenge);
    }

    @Test
    void challengeUpdateReplacesFieldsAndTags() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Første titel");
        Challenge updated = challenge.withTitle("Anden titel", at(1)).withTags(List.of("organisation"), at(2))
                .withStatus(ChallengeStatus.CLOSED, at(3));
        store.challenges().save(updated);
        assertThat(store.challenges().find(challenge.id())).contains(updated);
    }

    @Test
    void challengesAreListedOldestFirst() {
        Challenge newer = Challenge.create(UUID.randomUUID(), "Nyere", at(100));
        Challenge older = Challenge.create(UUID.randomUUID(), "Ældre", at(1));
        store.challenges().save(newer);
        store.challenges().save(older);
        assertThat(store.challenges().list()).containsExactly(older, newer);
    }

    @Test
    void loopWithHistoryRatingsAndDatesComesBackEqual() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), T0).advance(at(1)).advance(at(2))
                .moveTo(Phase.CHALLENGE, at(3)).moveTo(Phase.ACTION, at(4)).withRatingBefore(2, at(5))
                .withRatingAfter(4, at(6)).withFirstReflectionMeeting(LocalDate.of(2026, 4, 2), at(7));
        store.loops().save(Loop.first(loop.id(), challenge.id(), T0));
        store.loops().save(loop);
        reopen();
        assertThat(store.loops().find(loop.id())).contains(loop);
    }

    @Test
    void finishedLoopAndItsSuccessorAreListedByNumber() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), T0);
        for (int step = 1; step <= 5; step++) {
            loop = loop.advance(at(step));
        }
        Loop.Succession succession = loop.finish("Prøv stående møder", UUID.randomUUID(), at(10));
        store.inTransaction(() -> {
            store.loops().save(succession.finished());
            store.loops().save(succession.next());
        });
        reopen();
        assertThat(store.loops().listByChallenge(challenge.id()))
                .containsExactly(succession.finished(), succession.next());
    }

    @Test
    void answersOfLoopsMeetingsAndJobVisitsComeBackEqual() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Loop loop = StoreFixture.savedLoop(store, challenge);
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.REFLECTION, LocalDate.of(2026, 3, 9), T0);
        JobVisit visit = JobVisit.create(UUID.randomUUID(), VisitRole.GUEST, "Lars", T0);
        store.meetings().save(meeting);
        store.jobVisits().save(visit);
        Answer planning = new Answer(UUID.randomUUID(), loop.id(), "phase.planning.q1", "Hvad vil jeg prøve?", T0, at(1));
        Answer baseline = Answer.create(UUID.randomUUID(), loop.id(), "trialAction.baseline", "", T0);
        Answer agenda = Answer.create(UUID.randomUUID(), meeting.id(), "meeting.reflectionRound", "Runde", T0);
        Answer expectation = Answer.create(UUID.randomUUID(), visit.id(), "jobVisit.expectation.q1", "Forventning", T0);
        for (Answer answer : List.of(planning, baseline, agenda, expectation)) {
            store.answers().save(answer);
        }
        reopen();
        assertThat(store.answers().find(planning.id())).contains(planning);
        assertThat(store.answers().find(loop.id(), "trialAction.baseline")).contains(baseline);
        assertThat(store.answers().listByOwner(loop.id())).containsExactlyInAnyOrder(planning, baseline);
        assertThat(store.answers().listByOwner(meeting.id())).containsExactly(agenda);
        assertThat(store.answers().listByOwner(visit.id())).containsExactly(expectation);
        assertThat(store.answers().textsByKey(loop.id()))
                .containsEntry("phase.planning.q1", "Hvad vil jeg prøve?").containsEntry("trialAction.baseline", "");
    }

    @Test
    void answerUpdateKeepsOneRowPerQuestion() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Først", T0);
        store.answers().save(answer);
        Answer edited = answer.withText("Bagefter", at(1));
        store.answers().save(edited);
        assertThat(store.answers().listByOwner(loop.id())).containsExactly(edited);
    }

    @Test
    void answerForAnOwnerThatIsNotSavedIsRefused() {
        Answer orphan = Answer.create(UUID.randomUUID(), UUID.randomUUID(), "phase.action.q1", "Tekst", T0);
        assertThatThrownBy(() -> store.answers().save(orphan)).isInstanceOf(StorageException.class)
                .hasMessageContaining("save that first");
        assertThat(store.answers().find(orphan.id())).isEmpty();
    }

    @Test
    void entryWithLinksTagsAndEvidenceComesBackEqual() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Loop loop = StoreFixture.savedLoop(store, challenge);
        Entry entry = new Entry(UUID.randomUUID(), EntryKind.OBSERVATION, "Borgerne ventede kortere 😊\u200F שלום",
                LocalDate.of(2026, 3, 2), List.of("borger", "#Økonomi"), challenge.id(), loop.id(), Phase.OBSERVATION,
                EvidenceLevel.TENDENCIES, T0, at(1));
        store.entries().save(entry);
        reopen();
        assertThat(store.entries().find(entry.id())).contains(entry);
        assertThat(store.entries().list(EntryQuery.ofLoop(loop.id()))).containsExactly(entry);
    }

    @Test
    void entryUpdateReplacesTextAndTags() {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Først", LocalDate.of(2026, 3, 2), T0)
                .withTags(List.of("borger", "team"), at(1));
        store.entries().save(entry);
        Entry edited = entry.withTags(List.of("økonomi"), at(2));
        store.entries().save(edited);
        reopen();
        assertThat(store.entries().find(entry.id())).contains(edited);
        assertThat(store.entries().allTags()).containsExactly("økonomi");
    }

    @Test
    void anAddedEntryIsStoredAsASavedNewOneIsAndAnEntryThatIsThereIsRefusedUnchanged() {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Første tanke om borgerne", LocalDate.of(2026, 3, 2), T0)
                .withTags(List.of("borger", "team"), at(1));
        store.entries().add(entry);
        reopen();
        assertThat(store.entries().find(entry.id())).contains(entry);
        assertThat(store.entries().allTags()).containsExactly("borger", "team");
        assertThat(store.revisions().history(entry.id())).hasSize(1);
        assertThat(store.search().search("borgerne", 10)).hasSize(1);

        assertThatThrownBy(() -> store.entries().add(entry.withText("Anden tanke", at(2))))
                .isInstanceOf(StorageException.class);
        reopen();
        assertThat(store.entries().find(entry.id())).contains(entry);
        assertThat(store.revisions().history(entry.id())).hasSize(1);
        assertThat(store.search().search("Anden", 10)).isEmpty();
    }

    @Test
    void manyEntriesAndAnswersAreFoundAtOnceByIdLeavingOutUnknownIds() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        List<Entry> entries = new java.util.ArrayList<>();
        List<UUID> ids = new java.util.ArrayList<>();
        // More than one batch of bound ids, and a last batch that is not full.
        for (int i = 0; i < 1203; i++) {
            Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Tekst " + i, LocalDate.of(2026, 1, 1), T0)
                    .withTags(List.of("mærke" + i % 3), at(1));
            entries.add(entry);
            ids.add(entry.id());
            ids.add(UUID.randomUUID());
        }
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Svar", T0);
        store.inTransaction(() -> {
            entries.forEach(store.entries()::save);
            store.answers().save(answer);
        });
        ids.add(answer.id());

        java.util.Map<UUID, Entry> found = store.entries().findAll(ids);
        assertThat(found).hasSize(entries.size());
        entries.forEach(entry -> assertThat(found).containsEntry(entry.id(), entry));
        assertThat(store.answers().findAll(ids)).containsOnlyKeys(answer.id()).containsEntry(answer.id(), answer);
        assertThat(store.entries().findAll(List.of())).isEmpty();
    }

    @Test
    void entriesAreListedNewestFirstAndFilteredByKindTagChallengeAndLoop() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Loop loop = StoreFixture.savedLoop(store, challenge);
        Entry old = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Gammel", LocalDate.of(2026, 1, 1), at(50));
        Entry sameDayEarlier = Entry.create(UUID.randomUUID(), EntryKind.INSIGHT, "Tidlig", LocalDate.of(2026, 2, 1), at(1))
                .withTags(List.of("borger"), at(2));
        Entry sameDayLater = Entry.create(UUID.randomUUID(), EntryKind.STAR_MOMENT, "Sen", LocalDate.of(2026, 2, 1), at(3))
                .linkedTo(challenge.id(), loop.id(), Phase.ACTION, at(4));
        for (Entry entry : List.of(old, sameDayEarlier, sameDayLater)) {
            store.entries().save(entry);
        }
        assertThat(store.entries().list(EntryQuery.all(10))).containsExactly(sameDayLater, sameDayEarlier, old);
        assertThat(store.entries().list(new EntryQuery(null, null, null, null, 1, 1))).containsExactly(sameDayEarlier);
        assertThat(store.entries().list(new EntryQuery(EntryKind.NOTE, null, null, null, 0, 10))).containsExactly(old);
        assertThat(store.entries().list(new EntryQuery(null, "#Borger", null, null, 0, 10))).containsExactly(sameDayEarlier);
        assertThat(store.entries().list(new EntryQuery(null, null, challenge.id(), null, 0, 10))).containsExactly(sameDayLater);
        assertThat(store.entries().list(EntryQuery.ofLoop(loop.id()))).containsExactly(sameDayLater);
        assertThat(store.entries().count()).isEqualTo(3);
    }

    @Test
    void aTagFilterThatCannotBeATagFindsNothing() {
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "a", LocalDate.of(2026, 1, 1), T0)
                .withTags(List.of("borger"), T0));
        assertThat(store.entries().list(new EntryQuery(null, "x".repeat(200), null, null, 0, 10))).isEmpty();
        assertThat(store.entries().list(new EntryQuery(null, "  ", null, null, 0, 10))).hasSize(1);
    }

    @Test
    void allTagsListsEveryTagInUseSortedOnce() {
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "a", LocalDate.of(2026, 1, 1), T0)
                .withTags(List.of("økonomi", "borger"), T0));
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "b", LocalDate.of(2026, 1, 1), T0)
                .withTags(List.of("borger"), T0));
        store.challenges().save(Challenge.create(UUID.randomUUID(), "c", T0).withTags(List.of("ledelse"), T0));
        assertThat(store.entries().allTags()).containsExactly("borger", "ledelse", "økonomi");
    }

    @Test
    void deletedEntryIsGone() {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Slet mig", LocalDate.of(2026, 1, 1), T0);
        store.entries().save(entry);
        store.entries().delete(entry.id());
        assertThat(store.entries().find(entry.id())).isEmpty();
        assertThat(store.entries().count()).isZero();
        assertThat(store.revisions().history(entry.id())).isEmpty();
    }

    @Test
    void meetingWithEveryFieldComesBackEqualAndListsLatestFirst() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Loop loop = StoreFixture.savedLoop(store, challenge);
        Meeting earlier = Meeting.create(UUID.randomUUID(), MeetingKind.NETWORK, LocalDate.of(2026, 3, 4), T0);
        Meeting later = new Meeting(UUID.randomUUID(), MeetingKind.REFLECTION, "Refleksionsmøde",
                LocalDate.of(2026, 5, 6), LocalTime.of(9, 30, 15, 5), 120, "Rådhuset",
                List.of("Anne", "Bo", "Anne"), challenge.id(), loop.id(), T0, at(1));
        store.meetings().save(earlier);
        store.meetings().save(later);
        reopen();
        assertThat(store.meetings().find(later.id())).contains(later);
        assertThat(store.meetings().list()).containsExactly(later, earlier);
    }

    @Test
    void deletingAMeetingDeletesItsAnswers() {
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.JOINT, LocalDate.of(2026, 3, 4), T0);
        store.meetings().save(meeting);
        Answer answer = Answer.create(UUID.randomUUID(), meeting.id(), "meeting.patterns", "Mønstre", T0);
        store.answers().save(answer);
        store.meetings().delete(meeting.id());
        assertThat(store.meetings().find(meeting.id())).isEmpty();
        assertThat(store.answers().find(answer.id())).isEmpty();
    }

    @Test
    void jobVisitWithEveryFieldComesBackEqualAndListsUndatedLast() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        JobVisit undated = JobVisit.create(UUID.randomUUID(), VisitRole.HOST, "Karen", T0);
        JobVisit dated = new JobVisit(UUID.randomUUID(), VisitRole.GUEST, "Lars", "Personalemøde",
                LocalDate.of(2026, 4, 1), List.of(LeadershipForm.RELATIONAL, LeadershipForm.VISION), challenge.id(),
                T0, at(2));
        JobVisit datedEarlier = JobVisit.create(UUID.randomUUID(), VisitRole.GUEST, "Mona", T0)
                .withDetails(VisitRole.GUEST, "Mona", "", LocalDate.of(2026, 1, 1), List.of(), at(1));
        store.jobVisits().save(undated);
        store.jobVisits().save(dated);
        store.jobVisits().save(datedEarlier);
        reopen();
        assertThat(store.jobVisits().find(dated.id())).contains(dated);
        assertThat(store.jobVisits().list()).containsExactly(dated, datedEarlier, undated);
    }

    @Test
    void deletingAJobVisitDeletesItsAnswers() {
        JobVisit visit = JobVisit.create(UUID.randomUUID(), VisitRole.HOST, "Karen", T0);
        store.jobVisits().save(visit);
        Answer answer = Answer.create(UUID.randomUUID(), visit.id(), "jobVisit.intended", "Tænkt ledelse", T0);
        store.answers().save(answer);
        store.jobVisits().delete(visit.id());
        assertThat(store.answers().find(answer.id())).isEmpty();
    }

    @Test
    void commentsComeBackEqualOldestFirstByTargetAndByLoop() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "Min tekst", T0);
        store.answers().save(answer);
        SparringComment second = SparringComment.create(UUID.randomUUID(), answer.id(), loop.id(), "Bo", "Enig", at(2));
        SparringComment first = SparringComment.create(UUID.randomUUID(), answer.id(), loop.id(), "Anne", "Hvorfor?", at(1));
        store.comments().save(second);
        store.comments().save(first);
        reopen();
        assertThat(store.comments().find(first.id())).contains(first);
        assertThat(store.comments().listByTarget(answer.id())).containsExactly(first, second);
        assertThat(store.comments().listByLoop(loop.id())).containsExactly(first, second);
    }

    @Test
    void deletingAChallengeDeletesItsLoopsAnswersCommentsAndRevisionsAndUnlinksTheRest() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        store.challenges().save(challenge.withDescription("Beskrivelse", at(1)));
        Loop loop = StoreFixture.savedLoop(store, challenge);
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.challenge.q1", "Svar", T0);
        store.answers().save(answer);
        SparringComment comment = SparringComment.create(UUID.randomUUID(), answer.id(), loop.id(), "Bo", "Godt", T0);
        store.comments().save(comment);
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Notat", LocalDate.of(2026, 3, 1), T0)
                .linkedTo(challenge.id(), loop.id(), Phase.CHALLENGE, at(1));
        store.entries().save(entry);
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.REFLECTION, LocalDate.of(2026, 3, 1), T0)
                .linkedTo(challenge.id(), loop.id(), at(1));
        store.meetings().save(meeting);
        JobVisit visit = JobVisit.create(UUID.randomUUID(), VisitRole.HOST, "Karen", T0).linkedTo(challenge.id(), at(1));
        store.jobVisits().save(visit);

        store.challenges().delete(challenge.id());

        assertThat(store.challenges().find(challenge.id())).isEmpty();
        assertThat(store.loops().find(loop.id())).isEmpty();
        assertThat(store.answers().find(answer.id())).isEmpty();
        assertThat(store.comments().find(comment.id())).isEmpty();
        assertThat(store.revisions().history(challenge.id())).isEmpty();
        assertThat(store.revisions().history(answer.id())).isEmpty();
        assertThat(store.entries().find(entry.id())).hasValueSatisfying(unlinked -> {
            assertThat(unlinked.challengeId()).isNull();
            assertThat(unlinked.loopId()).isNull();
            assertThat(unlinked.phase()).isNull();
            assertThat(unlinked.text()).isEqualTo("Notat");
        });
        assertThat(store.meetings().find(meeting.id())).hasValueSatisfying(unlinked -> {
            assertThat(unlinked.challengeId()).isNull();
            assertThat(unlinked.loopId()).isNull();
        });
        assertThat(store.jobVisits().find(visit.id())).hasValueSatisfying(unlinked ->
                assertThat(unlinked.challengeId()).isNull());
        assertThat(store.search().search("Svar", 10)).isEmpty();
        assertThat(store.search().search("Udfordring", 10)).isEmpty();
    }

    @Test
    void unusualTextRoundTripsExactlyAndStaysSearchable() {
        String text = "Bom\uFEFF nul\u0000 bel\u0007 tab\t crlf\r\n combining e\u0301 rtl مرحبا שלום "
                + "emoji 👩\u200D👩\u200D👧 🇩🇰 flag, supplementary 𝔘 and a word: sammenhængskraft";
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, text, LocalDate.of(2026, 3, 1), T0);
        store.entries().save(entry);
        reopen();
        assertThat(store.entries().find(entry.id())).contains(entry);
        assertThat(store.revisions().history(entry.id())).extracting(revision -> revision.text()).containsExactly(text);
        assertThat(store.search().search("sammenhængskraft", 5)).extracting(hit -> hit.targetId())
                .containsExactly(entry.id());
        assertThat(store.search().search("مرحبا", 5)).hasSize(1);
    }

    @Test
    void aDeletedTextIsNotLeftReadableInTheFile() throws java.io.IOException {
        Entry kept = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Denne sætning bliver stående i bogen",
                LocalDate.of(2026, 3, 1), T0);
        store.entries().save(kept);
        Entry deleted = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Fortrolig samtale med Hanne om sygefravær",
                LocalDate.of(2026, 3, 1), T0);
        store.entries().save(deleted);
        store.entries().save(deleted.withText("Fortrolig samtale med Hanne om sygefravær, opfølgning", at(1)));
        store.entries().delete(deleted.id());
        store.close();
        String file = new String(java.nio.file.Files.readAllBytes(folder.resolve("journal.refleksionsbog")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(file).contains(kept.text()).doesNotContain("samtale med Hanne");
        store = StoreFixture.open(folder);
    }

    @Test
    void entryLinkedToAMissingLoopIsRefused() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Notat", LocalDate.of(2026, 3, 1), T0)
                .linkedTo(challenge.id(), UUID.randomUUID(), null, T0);
        assertThatThrownBy(() -> store.entries().save(entry)).isInstanceOf(StorageException.class);
        assertThat(store.entries().count()).isZero();
    }
}
