package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor.Cancellable;
import dk.refleksionsbog.app.main.MainViewModel.LoopFocus;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.SearchHit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
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
 * results of a newer one.
 */
public final class SearchViewModel {
    public static final Duration TYPING_PAUSE = Duration.ofMillis(250);
    static final int LIMIT = 100;

    /** What the screen shows below the field. */
    public enum State { EMPTY, SEARCHING, RESULTS, NO_HITS }

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Function<Phase, String> phaseTitles;
    private final Consumer<LoopFocus> openInLoop;
    private final Consumer<UUID> openInJournal;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchResult> results = FXCollections.observableArrayList();
    private final ObservableList<SearchResult> readOnlyResults = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private Cancellable waiting;
    private long latestQuery;

    public SearchViewModel(JournalStore store, BackgroundExecutor executor, Function<Phase, String> phaseTitles,
            Consumer<LoopFocus> openInLoop, Consumer<UUID> openInJournal) {
        this.store = store;
        this.executor = executor;
        this.phaseTitles = phaseTitles;
        this.openInLoop = openInLoop;
        this.openInJournal = openInJournal;
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
        executor.submit(() -> read(typed), found -> {
            if (number == latestQuery) {
                problem.set(null);
                results.setAll(found);
                state.set(found.isEmpty() ? State.NO_HITS : State.RESULTS);
            }
        }, failure -> {
            if (number == latestQuery) {
                problem.set(failure.getMessage());
                results.clear();
                state.set(State.NO_HITS);
            }
        });
    }

    private List<SearchResult> read(String typed) {
        List<SearchResult> found = new ArrayList<>();
        for (SearchHit hit : store.search().search(typed, LIMIT)) {
            found.add(resultOf(hit));
        }
        return found;
    }

    private SearchResult resultOf(SearchHit hit) {
        String challengeTitle = Optional.ofNullable(hit.challengeId()).flatMap(store.challenges()::find)
                .map(Challenge::title).orElse(null);
        Integer loopNumber = Optional.ofNullable(hit.loopId()).flatMap(store.loops()::find)
                .map(Loop::number).orElse(null);
        String ownerTitle = switch (hit.kind()) {
            case MEETING -> store.meetings().find(hit.targetId()).map(Meeting::title).orElse(null);
            case JOB_VISIT -> store.jobVisits().find(hit.targetId()).map(JobVisit::partner).orElse(null);
            case ANSWER -> ownerTitleOfAnswer(hit.ownerId());
            default -> null;
        };
        String phaseTitle = hit.phase() == null ? null : phaseTitles.apply(hit.phase());
        return new SearchResult(hit.kind(), hit.targetId(), hit.loopId(), hit.phase(), hit.fieldKey(), challengeTitle,
                loopNumber, phaseTitle, ownerTitle, SearchResult.segmentsOf(hit.snippet()));
    }

    private String ownerTitleOfAnswer(UUID ownerId) {
        return store.meetings().find(ownerId).map(Meeting::title)
                .or(() -> store.jobVisits().find(ownerId).map(JobVisit::partner))
                .orElse(null);
    }

    /** Whether opening the hit can take the leader to it: entries, and answers that belong to a loop. */
    public boolean canOpen(SearchResult result) {
        return result.loopId() != null || result.kind() == SearchHit.Kind.ENTRY;
    }

    /** Opens the hit's loop at its phase with the matched words selected; an entry outside loops in the journal. */
    public void open(SearchResult result) {
        if (result.loopId() == null && result.kind() == SearchHit.Kind.ENTRY) {
            openInJournal.accept(result.targetId());
        } else if (canOpen(result)) {
            String fieldKey = result.kind() == SearchHit.Kind.ANSWER ? result.fieldKey() : null;
            openInLoop.accept(new LoopFocus(result.loopId(), result.phase(), fieldKey, result.firstMatch()));
        }
    }
}
