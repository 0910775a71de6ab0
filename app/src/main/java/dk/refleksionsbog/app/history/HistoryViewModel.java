package dk.refleksionsbog.app.history;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.JournalStore;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The earlier versions of one answer, entry or challenge text; restoring one puts its text back, and the restore
 * itself becomes the newest version, so nothing is lost by restoring.
 */
public final class HistoryViewModel {
    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final UUID targetId;
    private final String field;
    private final Consumer<String> onRestored;
    private final ObservableList<Revision> revisions = FXCollections.observableArrayList();
    private final ObservableList<Revision> readOnlyRevisions = FXCollections.unmodifiableObservableList(revisions);
    private final ObjectProperty<Revision> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();

    /**
     * @param field which of the target's texts (a challenge has several, see {@link Revision}); null for all
     * @param onRestored gets the restored text, on the UI thread, for the open view to show
     */
    public HistoryViewModel(JournalStore store, BackgroundExecutor executor, UUID targetId, String field,
            Consumer<String> onRestored, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.targetId = targetId;
        this.field = field;
        this.onRestored = onRestored;
    }

    public void load() {
        executor.submit(() -> store.revisions().history(targetId).stream()
                .filter(revision -> field == null || revision.field().equals(field)).toList(), read -> {
            revisions.setAll(read);
            selected.set(read.isEmpty() ? null : read.get(0));
        }, failure -> problem.set(failures.describe(failure)));
    }

    /** Newest first. */
    public ObservableList<Revision> revisions() {
        return readOnlyRevisions;
    }

    /** The version shown in full. */
    public ObjectProperty<Revision> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Puts the selected version's text back. */
    public void restoreSelected() {
        Revision chosen = selected.get();
        if (chosen == null) {
            return;
        }
        executor.submit(() -> store.revisions().restore(chosen.id()), restored -> {
            problem.set(null);
            onRestored.accept(restored);
            load();
        }, failure -> problem.set(failures.describe(failure)));
    }
}
