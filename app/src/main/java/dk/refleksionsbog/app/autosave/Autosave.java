package dk.refleksionsbog.app.autosave;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor.Cancellable;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Saves the leader's typing without a Save button. Each edit is registered under a key (the
 * answer or entry it changes); a later edit of the same key replaces the earlier one. When typing
 * pauses, every waiting edit is written in one transaction on the background executor.
 * {@link #flush()} writes synchronously and is called before the screen changes or the store
 * closes, so nothing typed is lost.
 *
 * <p>Call it from the UI thread only.
 */
public final class Autosave {
    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(600);

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Duration pause;
    private final Map<Object, Consumer<JournalStore>> waiting = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.idle());
    private Cancellable timer;

    public Autosave(JournalStore store, BackgroundExecutor executor, Clock clock, Duration pause) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.pause = pause;
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Registers an edit; the write is the whole change, computed from immutable values. */
    public void edited(Object key, Consumer<JournalStore> write) {
        waiting.remove(key);
        waiting.put(key, write);
        state.set(new SaveState(SaveState.Status.SAVING, state.get().savedAt(), null));
        if (timer != null) {
            timer.cancel();
        }
        timer = executor.schedule(pause, this::saveInBackground);
    }

    public boolean hasUnsavedEdits() {
        return !waiting.isEmpty();
    }

    /** Starts writing what waits, without waiting for it; later store work queues behind it. */
    public void saveInBackground() {
        List<Consumer<JournalStore>> writes = takeWaiting();
        if (writes.isEmpty()) {
            return;
        }
        executor.submit(() -> writeAll(writes), ignored -> saved(), failure -> failed(writes, failure));
    }

    /** Writes everything that waits and returns once it is durable. */
    public void flush() {
        List<Consumer<JournalStore>> writes = takeWaiting();
        try {
            executor.runAndWait(() -> writeAll(writes));
            if (!writes.isEmpty()) {
                saved();
            }
        } catch (Exception failure) {
            failed(writes, failure);
        }
    }

    private List<Consumer<JournalStore>> takeWaiting() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        List<Consumer<JournalStore>> writes = new ArrayList<>(waiting.values());
        waiting.clear();
        return writes;
    }

    private Void writeAll(List<Consumer<JournalStore>> writes) {
        if (!writes.isEmpty()) {
            store.inTransaction(() -> writes.forEach(write -> write.accept(store)));
        }
        return null;
    }

    private void saved() {
        if (waiting.isEmpty()) {
            state.set(new SaveState(SaveState.Status.SAVED, LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), null));
        }
    }

    /** Failed writes wait again (behind newer edits of the same text) so the next save retries them. */
    private void failed(List<Consumer<JournalStore>> writes, Exception failure) {
        Map<Object, Consumer<JournalStore>> newer = new LinkedHashMap<>(waiting);
        waiting.clear();
        for (Consumer<JournalStore> write : writes) {
            waiting.put(new Object(), write);
        }
        waiting.putAll(newer);
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        state.set(new SaveState(SaveState.Status.FAILED, state.get().savedAt(), message));
    }
}
