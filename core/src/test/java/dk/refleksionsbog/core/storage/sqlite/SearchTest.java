package dk.refleksionsbog.core.storage.sqlite;

import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.T0;
import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.SearchHit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {
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

    private Entry savedEntry(String text) {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, text, LocalDate.of(2026, 3, 1), T0);
        store.entries().save(entry);
        return entry;
    }

    private List<UUID> targets(String query) {
        return store.search().search(query, 50).stream().map(SearchHit::targetId).toList();
    }

    @Test
    void aDanishWordIsFoundWithItsLetters() {
        Entry entry = savedEntry("Jeg viste min sårbarhed på personalemødet.");
        assertThat(targets("sårbarhed")).containsExactly(entry.id());
        assertThat(targets("Sårbarhed")).containsExactly(entry.id());
    }

    @Test
    void åIsNotFoldedIntoA() {
        Entry får = savedEntry("Hvad får vi ud af det?");
        Entry far = savedEntry("Min far var også leder.");
        assertThat(targets("far")).containsExactly(far.id());
        assertThat(targets("får")).containsExactly(får.id());
    }

    @Test
    void æAndØAreNotFoldedEither() {
        Entry sø = savedEntry("Vi gik en tur ved søen.");
        savedEntry("Vi gik en tur ved soen.");
        Entry tæt = savedEntry("Et tæt samarbejde.");
        savedEntry("Et taet samarbejde.");
        assertThat(targets("søen")).containsExactly(sø.id());
        assertThat(targets("tæt")).containsExactly(tæt.id());
    }

    @Test
    void searchIgnoresCaseOfDanishLetters() {
        Entry entry = savedEntry("ÆBLE og ØL på ÅEN");
        assertThat(targets("æble")).containsExactly(entry.id());
        assertThat(targets("Æble")).containsExactly(entry.id());
        assertThat(targets("øl åen")).containsExactly(entry.id());
    }

    @Test
    void aTrailingStarSearchesByPrefix() {
        Entry refleksion = savedEntry("En god refleksion over mødet.");
        Entry reflekterede = savedEntry("Vi reflekterede sammen.");
        savedEntry("Reform af arbejdsgangen.");
        assertThat(targets("refl*")).containsExactlyInAnyOrder(refleksion.id(), reflekterede.id());
        assertThat(targets("refl")).isEmpty();
    }

    @Test
    void aOneLetterPrefixNarrowsNothingAndIsLeftOut() {
        Entry sol = savedEntry("Solen skinner på sårbarheden.");
        savedEntry("Regnen falder.");
        assertThat(targets("s*")).isEmpty();
        assertThat(targets("so*")).containsExactly(sol.id());
        assertThat(targets("s* skinner")).containsExactly(sol.id());
    }

    @Test
    void everyWordMustMatch() {
        Entry both = savedEntry("Borgerne oplevede kortere ventetid.");
        savedEntry("Borgerne klagede.");
        assertThat(targets("borgerne ventetid")).containsExactly(both.id());
    }

    @Test
    void snippetsMarkTheMatches() {
        savedEntry("Lang tekst før. Her nævnes sårbarhed midt i en sætning. Og mere tekst efter.");
        SearchHit hit = store.search().search("sårbarhed", 5).get(0);
        assertThat(hit.snippet()).contains(SearchHit.MARK_START + "sårbarhed" + SearchHit.MARK_END);
    }

    @Test
    void betterMatchesRankFirstAndTheLimitIsKept() {
        Entry weak = savedEntry("Tillid nævnes en gang i en lang tekst om mange andre ting og emner og møder og mennesker.");
        Entry strong = savedEntry("Tillid, tillid, tillid.");
        List<SearchHit> hits = store.search().search("tillid", 10);
        assertThat(hits).extracting(SearchHit::targetId).containsExactly(strong.id(), weak.id());
        assertThat(hits.get(0).rank()).isGreaterThan(hits.get(1).rank());
        assertThat(store.search().search("tillid", 1)).extracting(SearchHit::targetId).containsExactly(strong.id());
    }

    @Test
    void aWordFoundEverywhereIsRankedAmongItsNewestMatchesOnly() {
        Entry oldStrong = savedEntry("Tillid, tillid, tillid.");
        savedEntry("Om tillid i en lang tekst om mange andre ting og emner og møder.");
        Entry newerWeak = savedEntry("Om tillid i en tekst om mange andre ting og emner og møder.");
        Entry newestWeak = savedEntry("Om tillid i en tekst om andre ting og emner og møder.");
        SqliteSearchIndex windowOfTwo = new SqliteSearchIndex(store.database(), 2);
        assertThat(windowOfTwo.search("tillid", 10)).extracting(SearchHit::targetId)
                .containsExactly(newestWeak.id(), newerWeak.id());
        assertThat(store.search().search("tillid", 1)).extracting(SearchHit::targetId).containsExactly(oldStrong.id());
    }

    @Test
    void everyHitWithinTheLimitHasItsOwnSnippetAndPlace() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Refleksioner");
        for (int i = 0; i < 30; i++) {
            Entry entry = savedEntry("Notat " + i + ": " + "ord ".repeat(i) + "reflekterede over mødet.");
            store.entries().save(entry.linkedTo(challenge.id(), null, null, at(1)));
        }
        List<SearchHit> hits = store.search().search("notat refl*", 10);
        assertThat(hits).hasSize(10).allSatisfy(hit -> {
            assertThat(hit.snippet()).contains(SearchHit.MARK_START + "reflekterede" + SearchHit.MARK_END);
            assertThat(hit.challengeId()).isEqualTo(challenge.id());
        });
        assertThat(hits).extracting(SearchHit::targetId).doesNotHaveDuplicates();
        assertThat(hits).extracting(SearchHit::rank).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theIndexFollowsUpdatesAndDeletes() {
        Entry entry = savedEntry("Første formulering om kaffe.");
        store.entries().save(entry.withText("Anden formulering om te.", at(1)));
        assertThat(targets("kaffe")).isEmpty();
        assertThat(targets("te")).containsExactly(entry.id());
        store.entries().delete(entry.id());
        assertThat(targets("formulering")).isEmpty();
    }

    @Test
    void answersAreFoundWithTheirChallengeLoopPhaseAndQuestion() {
        Challenge challenge = StoreFixture.savedChallenge(store, "Udfordring");
        Loop loop = StoreFixture.savedLoop(store, challenge);
        Answer planning = Answer.create(UUID.randomUUID(), loop.id(), "phase.planning.q2", "prøvehandling med tavlemøder", T0);
        Answer newAction = Answer.create(UUID.randomUUID(), loop.id(), "phase.new_action.q1", "tavlemøder hver uge", T0);
        Answer trial = Answer.create(UUID.randomUUID(), loop.id(), "trialAction.indicators", "færre tavlemøder aflyst", T0);
        Answer evaluation = Answer.create(UUID.randomUUID(), loop.id(), "evaluation.thinkAfter", "tavlemøder virker", T0);
        Answer decision = Answer.create(UUID.randomUUID(), loop.id(), "newAction.decision", "flere tavlemøder", T0);
        for (Answer answer : List.of(planning, newAction, trial, evaluation, decision)) {
            store.answers().save(answer);
        }
        List<SearchHit> hits = store.search().search("tavlemøder", 10);
        assertThat(hits).hasSize(5).allSatisfy(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchHit.Kind.ANSWER);
            assertThat(hit.ownerId()).isEqualTo(loop.id());
            assertThat(hit.loopId()).isEqualTo(loop.id());
            assertThat(hit.challengeId()).isEqualTo(challenge.id());
        });
        assertThat(hits).extracting(SearchHit::targetId, SearchHit::phase, SearchHit::fieldKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(planning.id(), Phase.PLANNING, "phase.planning.q2"),
                org.assertj.core.groups.Tuple.tuple(newAction.id(), Phase.NEW_ACTION, "phase.new_action.q1"),
                org.assertj.core.groups.Tuple.tuple(trial.id(), Phase.PLANNING, "trialAction.indicators"),
                org.assertj.core.groups.Tuple.tuple(evaluation.id(), Phase.REFLECTION, "evaluation.thinkAfter"),
                org.assertj.core.groups.Tuple.tuple(decision.id(), Phase.NEW_ACTION, "newAction.decision"));
    }

    @Test
    void entriesChallengesMeetingsAndJobVisitsAreFoundWithTheirPlace() {
        Challenge challenge = new Challenge(UUID.randomUUID(), "Kerneopgaven", "Beskrivelse af kerneopgaven", null,
                List.of(), "", "", "", null, null, T0, T0);
        store.challenges().save(challenge);
        Loop loop = StoreFixture.savedLoop(store, challenge);
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.OBSERVATION, "Kerneopgaven blev tydelig",
                LocalDate.of(2026, 3, 1), T0).linkedTo(challenge.id(), loop.id(), Phase.OBSERVATION, T0);
        store.entries().save(entry);
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.REFLECTION, LocalDate.of(2026, 3, 2), T0)
                .withDetails("Møde om kerneopgaven", LocalDate.of(2026, 3, 2), null, 60, "Rådhuset",
                        List.of("Jørgen Ærø"), at(1)).linkedTo(challenge.id(), loop.id(), at(2));
        store.meetings().save(meeting);
        Answer meetingAnswer = Answer.create(UUID.randomUUID(), meeting.id(), "meeting.patterns", "Kerneopgaven igen", T0);
        store.answers().save(meetingAnswer);
        JobVisit visit = JobVisit.create(UUID.randomUUID(), VisitRole.GUEST, "Kirsten", T0)
                .withDetails(VisitRole.GUEST, "Kirsten", "Kerneopgaven på personalemødet", null, List.of(), at(1))
                .linkedTo(challenge.id(), at(2));
        store.jobVisits().save(visit);

        List<SearchHit> hits = store.search().search("kerneopgaven", 10);
        assertThat(hits).extracting(SearchHit::kind).containsExactlyInAnyOrder(SearchHit.Kind.CHALLENGE,
                SearchHit.Kind.ENTRY, SearchHit.Kind.MEETING, SearchHit.Kind.ANSWER, SearchHit.Kind.JOB_VISIT);
        assertThat(hits).allSatisfy(hit -> assertThat(hit.challengeId()).isEqualTo(challenge.id()));
        SearchHit entryHit = hits.stream().filter(hit -> hit.kind() == SearchHit.Kind.ENTRY).findFirst().orElseThrow();
        assertThat(entryHit.loopId()).isEqualTo(loop.id());
        assertThat(entryHit.phase()).isEqualTo(Phase.OBSERVATION);
        SearchHit meetingAnswerHit = hits.stream().filter(hit -> hit.kind() == SearchHit.Kind.ANSWER).findFirst().orElseThrow();
        assertThat(meetingAnswerHit.ownerId()).isEqualTo(meeting.id());
        assertThat(meetingAnswerHit.loopId()).isEqualTo(loop.id());
        assertThat(meetingAnswerHit.phase()).isNull();
        assertThat(targets("Rådhuset")).containsExactly(meeting.id());
        assertThat(targets("ærø")).containsExactly(meeting.id());
        assertThat(targets("kirsten")).containsExactly(visit.id());
    }

    @Test
    void aBlankQueryFindsNothing() {
        savedEntry("Noget tekst");
        assertThat(store.search().search("", 10)).isEmpty();
        assertThat(store.search().search("   ", 10)).isEmpty();
        assertThat(store.search().search(null, 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"\"", "*", "**", "(", ")", "NEAR", "NEAR(a b)", "-", "-tekst", ":", "body:tekst",
            "a OR", "AND", "NOT tekst", "^tekst", "tekst\"", "\"tekst", "{body}:x", "+", "'", "\u0000", "😀", "ж*",
            "tekst* *", "te\"kst", "[x]", "a:b:c", "\\", "%_"})
    void hostileQueriesNeverThrow(String query) {
        savedEntry("Noget tekst med NEAR og OR og AND i.");
        assertThatCode(() -> store.search().search(query, 10)).doesNotThrowAnyException();
    }

    @Test
    void operatorWordsAreSearchedAsPlainWords() {
        Entry entry = savedEntry("Vi talte om NOT og NEAR som ord.");
        assertThat(targets("NEAR")).containsExactly(entry.id());
        assertThat(targets("not")).containsExactly(entry.id());
    }
}
