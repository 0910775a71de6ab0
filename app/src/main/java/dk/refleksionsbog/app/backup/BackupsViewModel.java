package dk.refleksionsbog.app.backup;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.settings.BackupSettings;
import dk.refleksionsbog.app.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backups of the open journal: the list with dates and sizes, taking one now and restoring
 * one. A restore first keeps the current state as a backup of its own, so it can be undone.
 */
public final class BackupsViewModel {
    private final JournalBackups service;
    private final BackgroundExecutor executor;
    private final Autosave autosave;
    private final JournalReopening journal;
    private final Settings settings;
    private final FailureTexts failureTexts;

    private final ObservableList<BackupItem> backups = FXCollections.observableArrayList();
    private final ObservableList<BackupItem> readOnlyBackups = FXCollections.unmodifiableObservableList(backups);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper keep = new ReadOnlyIntegerWrapper();

    /** What the last command did, for the view to put in words. */
    public sealed interface Outcome {
        record TakenNow(BackupItem backup) implements Outcome {}

        /** @param before the backup of the state replaced, empty when only a raw copy of it could be kept */
        record Restored(BackupItem from, Optional<BackupItem> before) implements Outcome {}
    }

    public BackupsViewModel(JournalBackups service, BackgroundExecutor executor, Autosave autosave,
            JournalReopening journal, Settings settings, FailureTexts failureTexts) {
        this.service = service;
        this.executor = executor;
        this.autosave = autosave;
        this.journal = journal;
        this.settings = settings;
        this.failureTexts = failureTexts;
        this.folder.set(service.folder());
        this.keep.set(settings.current().backups().keep());
    }

    /** The folder the backups of this journal go to; changes with {@link #changeFolder}. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** How many of the newest backups are kept. */
    public ReadOnlyIntegerProperty keepProperty() {
        return keep.getReadOnlyProperty();
    }

    /**
     * Keeps this many backups from the next one on (older ones beyond the count are removed then).
     * Out of range (below 1, above {@link BackupSettings#MAX_KEEP}) falls back to the default.
     */
    public void changeKeep(int count) {
        settings.update(current -> current.withBackups(new BackupSettings(current.backups().folder(), count)));
        keep.set(settings.current().backups().keep());
    }

    /**
     * Puts the next backups in a folder the leader chose (each journal in a folder of its own inside
     * it); the backups taken so far stay where they are. Lists the chosen folder's backups.
     */
    public void changeFolder(Path chosen) {
        settings.update(current -> current.withBackups(new BackupSettings(
                chosen.toAbsolutePath().normalize().toString(), current.backups().keep())));
        folder.set(service.folder());
        load();
    }

    /** Newest first. */
    public ObservableList<BackupItem> backups() {
        return readOnlyBackups;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void load() {
        busy.set(true);
        executor.submit(service::list, this::show, this::failed);
    }

    /** Takes a verified backup of the journal as it is now, with everything typed so far. */
    public void backUpNow() {
        autosave.flush();
        busy.set(true);
        executor.submit(() -> new Taken(service.backUpNow(), service.list()), taken -> {
            show(taken.backups());
            outcome.set(new Outcome.TakenNow(taken.backup()));
        }, this::failed);
    }

    private record Taken(BackupItem backup, List<BackupItem> backups) {}

    /** Puts the backup in place of the journal; ask the leader first, this replaces today's text. */
    public void restore(BackupItem chosen) {
        autosave.flush();
        busy.set(true);
        executor.submit(() -> journal.whileClosed(() -> new Restored(service.restore(chosen), service.list())),
                restored -> {
                    show(restored.backups());
                    outcome.set(new Outcome.Restored(chosen, restored.before()));
                    journal.showReopened();
                }, this::failed);
    }

    private record Restored(Optional<BackupItem> before, List<BackupItem> backups) {}

    private void show(List<BackupItem> found) {
        backups.setAll(found);
        busy.set(false);
        problem.set(null);
    }

    private void failed(Exception failure) {
        busy.set(false);
        problem.set(failureTexts.describe(failure));
    }
}
