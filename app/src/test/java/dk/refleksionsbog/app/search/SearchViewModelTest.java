package dk.refleksionsbog.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.main.MainViewModel.LoopFocus;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.search.SearchResult.Segment;
import dk.refleksionsbog.app.search.SearchViewModel.State;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.SearchHit;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private final List<LoopFocus> opened = new ArrayList<>();
    private final List<UUID> openedEntries = new ArrayList<>();
    private final List<Object> openedElsewhere = new ArrayList<>();
    private Entry unlinked;
    private Loop loop;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        loop = Journals.challengeWithFirstLoop(store, "Mødekultur i ledergruppen", clock);
        store.answers().save(Answer.create(UUID.randomUUID(), loop.id(), LoopField.TRIAL_BASELINE.key(),
                "Jeg viser min sårbarhed på mødet og spørger gruppen.", clock.instant()));
        unlinked = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Tillid kom af sig selv i dag",
                LocalDate.of(2026, 11, 20), clock.instant());
        store.entries().save(unlinked);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SearchViewModel viewModel(BackgroundExecutor background) {
        return new SearchViewModel(store, background, phase -> "fase " + phase.name(), new HitOpener() {
            @Override
            public void openInLoop(LoopFocus focus) {
                opened.add(focus);
            }

            @Override
            public void openEntry(TextFocus entry) {
                openedEntries.add(entry.ownerId());
                openedElsewhere.add(entry);
            }

            @Override
            public void openMeeting(TextFocus meeting) {
                openedElsewhere.add(new Opened("meeting", meeting));
            }

            @Override
            public void openJobVisit(TextFocus visit) {
                openedElsewhere.add(new Opened("job visit", visit));
            }

            @Override
            public void openChallenge(TextFocus challenge) {
                openedElsewhere.add(new Opened("challenge", challenge));
            }
        }, FailureTexts.forLanguage("da"), Messages.forLanguage("da"));
    }

    private record Opened(String where, TextFocus focus) {}

    private SearchResult onlyHitFor(SearchViewModel viewModel, String words) {
        viewModel.queryProperty().set(words);
        executor.runScheduled();
        assertThat(viewModel.results()).hasSize(1);
        return viewModel.results().get(0);
    }

    @Test
    void findsAnAnswerWithItsPlaceAndTheMatchedWordMarked() {
        SearchViewModel viewModel = viewModel(executor);

        viewModel.queryProperty().set("sårbarhed");
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.SEARCHING);
        executor.runScheduled();

        assertThat(viewModel.stateProperty().get()).isEqualTo(State.RESULTS);
        assertThat(viewModel.results()).hasSize(1);
        SearchResult hit = viewModel.results().get(0);
        assertThat(hit.kind()).isEqualTo(SearchHit.Kind.ANSWER);
        assertThat(hit.challengeTitle()).isEqualTo("Mødekultur i ledergruppen");
        assertThat(hit.loopNumber()).isEqualTo(1);
        assertThat(hit.phaseTitle()).isEqualTo("fase PLANNING");
        assertThat(hit.label()).isEqualTo("Svar · Mødekultur i ledergruppen › loop 1 › fase PLANNING");
        assertThat(hit.segments()).contains(new Segment("sårbarhed", true));
        assertThat(hit.firstMatch()).isEqualTo("sårbarhed");
    }

    @Test
    void waitsForAPauseInTheTypingAndSearchesOnlyTheLastWords() {
        SearchViewModel viewModel = viewModel(executor);

        viewModel.queryProperty().set("tillid");
        viewModel.queryProperty().set("sårbarhed");
        executor.runScheduled();

        assertThat(viewModel.results()).extracting(SearchResult::kind).containsExactly(SearchHit.Kind.ANSWER);
        assertThat(executor.hasScheduled()).isFalse();
    }

    /** "tillid", then "sårbarhed" typed before the first search is done; the two searches finish in the given order. */
    private static void searchTwiceAndFinishIn(SearchViewModel viewModel, HeldExecutor held, int first, int second) {
        viewModel.queryProperty().set("tillid");
        held.runScheduled();
        viewModel.queryProperty().set("sårbarhed");
        held.runScheduled();
        held.finish(first);
        held.finish(second);
    }

    @Test
    void aLateReplyToAnOlderQueryDoesNotReplaceTheNewerResults() {
        HeldExecutor held = new HeldExecutor();
        SearchViewModel viewModel = viewModel(held);

        searchTwiceAndFinishIn(viewModel, held, 1, 0);

        assertThat(viewModel.results()).extracting(SearchResult::kind).containsExactly(SearchHit.Kind.ANSWER);
    }

    @Test
    void aQueryOvertakenBeforeItsTurnIsNotSearched() {
        HeldExecutor held = new HeldExecutor();
        SearchViewModel viewModel = viewModel(held);

        searchTwiceAndFinishIn(viewModel, held, 0, 1);

        assertThat(held.delivered.get(0)).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(held.delivered.get(1)).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
        assertThat(viewModel.results()).extracting(SearchResult::kind).containsExactly(SearchHit.Kind.ANSWER);
    }

    @Test
    void showsCalmStatesForNothingTypedAndNothingFoundAndSurvivesSearchSyntax() {
        SearchViewModel viewModel = viewModel(executor);
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);

        for (String odd : List.of("\"", "AND OR NOT", "(*", "sår* NEAR(", "-:^")) {
            viewModel.queryProperty().set(odd);
            executor.runScheduled();
            assertThat(viewModel.problemProperty().get()).as(odd).isNull();
        }
        viewModel.queryProperty().set("elefant");
        executor.runScheduled();
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.NO_HITS);

        viewModel.queryProperty().set("  ");
        assertThat(viewModel.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(viewModel.results()).isEmpty();
    }

    @Test
    void openingAnAnswerShowsItsLoopAtItsPhaseWithTheWordToSelect() {
        SearchViewModel viewModel = viewModel(executor);
        viewModel.queryProperty().set("sårbarhed");
        executor.runScheduled();

        viewModel.open(viewModel.results().get(0));

        assertThat(opened).containsExactly(
                new LoopFocus(loop.id(), Phase.PLANNING, LoopField.TRIAL_BASELINE.key(), "sårbarhed"));
    }

    @Test
    void openingAnEntryOutsideAnyLoopChoosesItInTheJournal() {
        SearchViewModel viewModel = viewModel(executor);
        viewModel.queryProperty().set("tillid");
        executor.runScheduled();

        viewModel.open(viewModel.results().get(0));

        assertThat(openedEntries).containsExactly(unlinked.id());
        assertThat(opened).isEmpty();
    }

    @Test
    void anEntryOfALoopOpensInTheJournalWithItsWordsSelected() {
        Entry linked = Entry.create(UUID.randomUUID(), EntryKind.OBSERVATION, "Gruppen lyttede opmærksomt",
                LocalDate.of(2026, 11, 21), clock.instant()).linkedTo(loop.challengeId(), loop.id(), Phase.ACTION,
                clock.instant());
        store.entries().save(linked);
        SearchViewModel viewModel = viewModel(executor);

        viewModel.open(onlyHitFor(viewModel, "opmærksomt"));

        assertThat(openedElsewhere).containsExactly(new TextFocus(linked.id(), null, "opmærksomt"));
        assertThat(opened).isEmpty();
    }

    @Test
    void aNoteOfAMeetingAboutALoopOpensTheMeetingNotTheLoop() {
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.REFLECTION, LocalDate.of(2026, 11, 24),
                clock.instant()).linkedTo(loop.challengeId(), loop.id(), clock.instant());
        store.meetings().save(meeting);
        store.answers().save(Answer.create(UUID.randomUUID(), meeting.id(), "meeting.reflectionRound",
                "Alle nævnte forsinkelser i visitationen", clock.instant()));
        SearchViewModel viewModel = viewModel(executor);

        SearchResult hit = onlyHitFor(viewModel, "visitationen");
        viewModel.open(hit);

        assertThat(hit.home()).isEqualTo(SearchResult.Home.MEETING);
        assertThat(openedElsewhere).containsExactly(
                new Opened("meeting", new TextFocus(meeting.id(), "meeting.reflectionRound", "visitationen")));
        assertThat(opened).isEmpty();
    }

    @Test
    void aMeetingsOwnTextAJobVisitsNoteAndAChallengeOpenWhereTheyLive() {
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.NETWORK, LocalDate.of(2026, 11, 24),
                clock.instant()).withDetails("Netværk om borgerinddragelse", LocalDate.of(2026, 11, 24), null, 60,
                "Rådhuset", List.of(), clock.instant());
        store.meetings().save(meeting);
        JobVisit visit = JobVisit.create(UUID.randomUUID(), VisitRole.HOST, "Birgitte", clock.instant());
        store.jobVisits().save(visit);
        store.answers().save(Answer.create(UUID.randomUUID(), visit.id(), "jobVisit.expectations.q1",
                "Hun forventer sparring om prioritering", clock.instant()));
        Challenge challenge = store.challenges().find(loop.challengeId()).orElseThrow();
        store.challenges().save(challenge.withDescription("Ledergruppen mangler fælles retning", clock.instant()));
        SearchViewModel viewModel = viewModel(executor);

        viewModel.open(onlyHitFor(viewModel, "borgerinddragelse"));
        viewModel.open(onlyHitFor(viewModel, "prioritering"));
        viewModel.open(onlyHitFor(viewModel, "retning"));

        assertThat(openedElsewhere).containsExactly(
                new Opened("meeting", new TextFocus(meeting.id(), null, "borgerinddragelse")),
                new Opened("job visit", new TextFocus(visit.id(), "jobVisit.expectations.q1", "prioritering")),
                new Opened("challenge", new TextFocus(challenge.id(), null, "retning")));
    }

    @Test
    void cutsASnippetAtItsMarks() {
        String snippet = "før " + SearchHit.MARK_START + "ord" + SearchHit.MARK_END + " efter";

        assertThat(SearchResult.segmentsOf(snippet)).containsExactly(
                new Segment("før ", false), new Segment("ord", true), new Segment(" efter", false));
    }

    /** Holds the submitted work until the test finishes it, in any order, as a slow search would. */
    private static final class HeldExecutor implements BackgroundExecutor {
        private final SameThreadExecutor timer = new SameThreadExecutor();
        private final List<Runnable> held = new ArrayList<>();
        /** What each finished piece of work returned, in the order finished. */
        final List<Object> delivered = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            held.add(() -> timer.submit(work, result -> {
                delivered.add(result);
                onSuccess.accept(result);
            }, onFailure));
        }

        void finish(int index) {
            held.get(index).run();
        }

        void runScheduled() {
            timer.runScheduled();
        }

        @Override
        public <T> T runAndWait(Callable<T> work) throws Exception {
            return work.call();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return timer.schedule(delay, action);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        store = new FailingStore(store).failWith(StorageProblem.DISK_FULL);
        SearchViewModel viewModel = viewModel(executor);

        viewModel.queryProperty().set("møde");
        executor.runScheduled();

        assertThat(viewModel.problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
