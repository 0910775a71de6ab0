package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor.Cancellable;
import dk.refleksionsbog.app.main.MainViewModel.LoopFocus;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.search.SearchResult.Home;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.SearchHit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Searches everything the leader wrote while they type. The search waits for a pause in the
 * typing, runs on the background executor, and a reply to an older query never replaces the
 * results of a newer one; a query overtaken before its turn on the executor is not searched at all.
 */
public final class SearchViewModel {
    /**
     * Longer than a fast typist's gap between keys (~80 ms), so a word typed in one go is searched
     * once. A search costs 1-9 ms of the background thread and showing its hits a few ms of the
     * UI thread, so a slower typist's extra searches between keys cost little.
     */
    public static final Duration TYPING_PAUSE = Duration.ofMillis(150);
    static final int LIMIT = 100;

    /** What the screen shows below the field. */
    public enum State { EMPTY, SEARCHING, RESULTS, NO_HITS }

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final Function<Phase, String> phaseTitles;
    private final HitOpener opener;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ObservableList<SearchResult> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private Cancellable waiting;
    /** Written on the UI thread, read by the background search to skip a query already overtaken. */
    private volatile long latestQuery;

    public SearchViewModel(JournalStore store, BackgroundExecutor executor, Function<Phase, String> phaseTitles,
            HitOpener opener, FailureTexts failures, Messages messages) {
        this.failures = failures;
        this.messages = messages;
        this.store = store;
        this.executor = executor;
        this.phaseTitles = phaseTitles;
        this.opener = opener;
        query.addListener((observable, before, typed) -> queryChanged(typed));
    }

    /** What the leader types. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Best hits first. */
    public ObservableList<SearchResult> results() {
        return readOnlyResults;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void queryChanged(String typed) {
        long number = ++latestQuery;
        if (waiting != null) {
            waiting.cancel();
            waiting = null;
        }
        if (typed == null || typed.isBlank()) {
            results.clear();
            state.set(State.EMPTY);
            return;
        }
        state.set(State.SEARCHING);
        waiting = executor.schedule(TYPING_PAUSE, () -> search(number, typed));
    }

    private void search(long number, String typed) {
        waiting = null;
        executor.submit(() -> number == latestQuery ? read(typed) : List.<SearchResult>of(), found -> {
            if (number == latestQuery) {
                problem.set(null);
                results.setAll(found);
                state.set(found.isEmpty() ? State.NO_HITS : State.RESULTS);
            }
        }, failure -> {
            if (number == latestQuery) {
                problem.set(failures.describe(failure));
                results.clear();
                state.set(State.NO_HITS);
            }
        });
    }

    private List<SearchResult> read(String typed) {
        // Most hits share a few challenges and loops: each is read once per search, not once per hit
        // (100 hits took ~3 ms of look-ups on the 10k journal, more than a rare word's search).
        Map<UUID, Optional<Challenge>> challenges = new HashMap<>();
        Map<UUID, Optional<Loop>> loops = new HashMap<>();
        List<SearchResult> found = new ArrayList<>();
        for (SearchHit hit : store.search().search(typed, LIMIT)) {
            found.add(resultOf(hit, id -> challenges.computeIfAbsent(id, store.challenges()::find),
                    id -> loops.computeIfAbsent(id, store.loops()::find)));
        }
        return found;
    }

    private SearchResult resultOf(SearchHit hit, Function<UUID, Optional<Challenge>> challenges,
            Function<UUID, Optional<Loop>> loops) {
        String challengeTitle = Optional.ofNullable(hit.challengeId()).flatMap(challenges)
                .map(Challenge::title).orElse(null);
        Integer loopNumber = Optional.ofNullable(hit.loopId()).flatMap(loops)
                .map(Loop::number).orElse(null);
        Optional<Meeting> meeting = hit.kind() == SearchHit.Kind.MEETING || hit.kind() == SearchHit.Kind.ANSWER
                ? store.meetings().find(hit.ownerId()) : Optional.empty();
        Optional<JobVisit> visit = hit.kind() == SearchHit.Kind.JOB_VISIT || hit.kind() == SearchHit.Kind.ANSWER
                ? store.jobVisits().find(hit.ownerId()) : Optional.empty();
        Home home = switch (hit.kind()) {
            case ENTRY -> Home.JOURNAL;
            case CHALLENGE -> Home.CHALLENGE;
            case MEETING -> Home.MEETING;
            case JOB_VISIT -> Home.JOB_VISIT;
            // A meeting's answer carries the loop the meeting reflects on, but it lives in the meeting.
            case ANSWER -> meeting.isPresent() ? Home.MEETING : visit.isPresent() ? Home.JOB_VISIT : Home.LOOP;
        };
        String ownerTitle = meeting.map(Meeting::title).or(() -> visit.map(JobVisit::partner)).orElse(null);
        String phaseTitle = hit.phase() == null ? null : phaseTitles.apply(hit.phase());
        return new SearchResult(hit.kind(), home, hit.targetId(), hit.ownerId(), hit.loopId(), hit.phase(),
                hit.fieldKey(), challengeTitle, loopNumber, phaseTitle, ownerTitle,
                label(hit.kind(), ownerTitle, challengeTitle, loopNumber, phaseTitle),
                SearchResult.segmentsOf(hit.snippet()));
    }

    /**
     * "Svar · Udfordring › loop 2 › Planlægning", leaving out what the hit has not. Made here,
     * off the UI thread, so showing a hit only sets its text.
     */
    private String label(SearchHit.Kind kind, String ownerTitle, String challengeTitle, Integer loopNumber,
            String phaseTitle) {
        List<String> parts = new ArrayList<>();
        if (ownerTitle != null && !ownerTitle.isBlank()) {
            parts.add(ownerTitle);
        }
        if (challengeTitle != null) {
            parts.add(challengeTitle);
        }
        if (loopNumber != null) {
            parts.add(messages.format("search.loop", loopNumber));
        }
        if (phaseTitle != null) {
            parts.add(phaseTitle);
        }
        String kindName = messages.get("search.kind." + kind.name().toLowerCase());
        return parts.isEmpty() ? kindName : kindName + " · " + String.join(" › ", parts);
    }

    /**
     * Opens the hit where it lives with the matched words selected: a loop's answer in the loop at
     * its phase, an entry in the journal, a meeting's or job visit's notes in that meeting or visit,
     * a challenge's text in its details.
     */
    public void open(SearchResult result) {
        String words = result.firstMatch();
        String answerKey = result.kind() == SearchHit.Kind.ANSWER ? result.fieldKey() : null;
        switch (result.home()) {
            case LOOP -> opener.openInLoop(new LoopFocus(result.loopId(), result.phase(), answerKey, words));
            case JOURNAL -> opener.openEntry(new TextFocus(result.targetId(), null, words));
            case MEETING -> opener.openMeeting(new TextFocus(result.ownerId(), answerKey, words));
            case JOB_VISIT -> opener.openJobVisit(new TextFocus(result.ownerId(), answerKey, words));
            case CHALLENGE -> opener.openChallenge(new TextFocus(result.targetId(), null, words));
        }
    }
}
