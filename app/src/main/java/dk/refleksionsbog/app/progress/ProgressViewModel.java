package dk.refleksionsbog.app.progress;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.starmoments.StarMoment;
import dk.refleksionsbog.app.starmoments.StarMomentReader;
import dk.refleksionsbog.core.storage.JournalStore;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** How a challenge develops: the before/after ratings of its loops and its star moments. */
public final class ProgressViewModel {
    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final StarMomentReader starMoments;
    private final ObservableList<ChallengeChoice> challenges = FXCollections.observableArrayList();
    private final ObservableList<ChallengeChoice> readOnlyChallenges = FXCollections.unmodifiableObservableList(challenges);
    private final ObjectProperty<ChallengeChoice> challenge = new SimpleObjectProperty<>();
    private final ObservableList<LoopRatings> ratings = FXCollections.observableArrayList();
    private final ObservableList<LoopRatings> readOnlyRatings = FXCollections.unmodifiableObservableList(ratings);
    private final ObservableList<StarMoment> moments = FXCollections.observableArrayList();
    private final ObservableList<StarMoment> readOnlyMoments = FXCollections.unmodifiableObservableList(moments);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    public ProgressViewModel(JournalStore store, BackgroundExecutor executor, StarMomentReader starMoments, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.starMoments = starMoments;
        challenge.addListener((observable, before, chosen) -> readChallenge(chosen));
    }

    /** Reads the challenges and picks the newest. */
    public void load() {
        executor.submit(() -> store.challenges().list().stream()
                .map(found -> new ChallengeChoice(found.id(), found.title())).toList(), read -> {
                    challenges.setAll(read);
                    challenge.set(read.isEmpty() ? null : read.get(read.size() - 1));
                }, failure -> problem.set(failures.describe(failure)));
    }

    public ObservableList<ChallengeChoice> challenges() {
        return readOnlyChallenges;
    }

    /** The challenge shown; choosing another reads its loops. */
    public ObjectProperty<ChallengeChoice> challengeProperty() {
        return challenge;
    }

    /** One row per loop, by loop number. */
    public ObservableList<LoopRatings> ratings() {
        return readOnlyRatings;
    }

    public ObservableList<StarMoment> starMoments() {
        return readOnlyMoments;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void readChallenge(ChallengeChoice chosen) {
        if (chosen == null) {
            ratings.clear();
            moments.clear();
            return;
        }
        executor.submit(() -> new Read(store.loops().listByChallenge(chosen.id()).stream()
                .map(loop -> new LoopRatings(loop.number(), loop.ratingBefore(), loop.ratingAfter())).toList(),
                starMoments.read(chosen.id())), read -> {
                    if (chosen.equals(challenge.get())) {
                        ratings.setAll(read.ratings());
                        moments.setAll(read.moments());
                        problem.set(null);
                    }
                }, failure -> problem.set(failures.describe(failure)));
    }

    private record Read(List<LoopRatings> ratings, List<StarMoment> moments) {}
}
