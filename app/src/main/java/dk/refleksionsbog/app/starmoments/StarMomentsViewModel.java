package dk.refleksionsbog.app.starmoments;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Every star moment of the journal, newest first, with the challenge and loop it belongs to. */
public final class StarMomentsViewModel {
    private final StarMomentReader reader;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final ObservableList<StarMoment> moments = FXCollections.observableArrayList();
    private final ObservableList<StarMoment> readOnlyMoments = FXCollections.unmodifiableObservableList(moments);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    public StarMomentsViewModel(StarMomentReader reader, BackgroundExecutor executor, FailureTexts failures) {
        this.failures = failures;
        this.reader = reader;
        this.executor = executor;
    }

    public void load() {
        executor.submit(() -> reader.read(null), read -> {
            moments.setAll(read);
            problem.set(null);
            loaded.set(true);
        }, failure -> problem.set(failures.describe(failure)));
    }

    public ObservableList<StarMoment> moments() {
        return readOnlyMoments;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
