package dk.refleksionsbog.app.autosave;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor.Cancellable;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.text.Answer;
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
 * <p>With a {@link DraftWriter}, the records still waiting (or being written) are also kept in the
 * journal's draft file after every edit, so a crash or a kill during the typing pause loses nothing
 * either: the next start puts them into the journal ({@link DraftRecovery}).
 *
 * <p>Call it from the UI thread only.
 */
public final class Autosave {
    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(600);

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Duration pause;
    private final DraftWriter drafts;
    private final Map<Object, Edit> waiting = new LinkedHashMap<>();
    /** Every edit not yet known to be committed, newest per key: what the draft file holds. */
    private final Map<Object, Edit> unsaved = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.idle());
    private Cancellable timer;

    /** One change: the record it saves (null when it is not one the draft file keeps) and how. */
    private record Edit(Object key, Object record, Consumer<JournalStore> write) {}

    /** Without a draft file: what waits for the typing pause is lost if the process dies. */
    public Autosave(JournalStore store, BackgroundExecutor executor, Clock clock, Duration pause) {
        this(store, executor, clock, pause, null);
    }

    public Autosave(JournalStore store, BackgroundExecutor executor, Clock clock, Duration pause, DraftWriter drafts) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.pause = pause;
        this.drafts = drafts;
    }

    /** Tells the leader that text typed before the program last stopped was put into the journal. */
    public void recovered(int count) {
        if (count > 0) {
            state.set(new SaveState(SaveState.Status.RECOVERED, null, null));
        }
    }

    public ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public void edited(Answer answer) {
        edited("answer:" + answer.id(), answer, target -> target.answers().save(answer));
    }

    public void edited(Challenge challenge) {
        edited("challenge:" + challenge.id(), challenge, target -> target.challenges().save(challenge));
    }

    public void edited(Entry entry) {
        edited("entry:" + entry.id(), entry, target -> target.entries().save(entry));
    }

    public void edited(Loop loop) {
        edited("loop:" + loop.id(), loop, target -> target.loops().save(loop));
    }

    public void edited(Meeting meeting) {
        edited("meeting:" + meeting.id(), meeting, target -> target.meetings().save(meeting));
    }

    public void edited(JobVisit visit) {
        edited("jobvisit:" + visit.id(), visit, target -> target.jobVisits().save(visit));
    }

    /**
     * Registers an edit that the draft file does not keep; the write is the whole change, computed
     * from immutable values. Text the leader types goes through the typed methods above.
     */
    public void edited(Object key, Consumer<JournalStore> write) {
        edited(key, null, write);
    }

    private void edited(Object key, Object record, Consumer<JournalStore> write) {
        Edit edit = new Edit(key, record, write);
        waiting.remove(key);
        waiting.put(key, edit);
        if (record != null) {
            unsaved.remove(key);
            unsaved.put(key, edit);
            if (drafts != null) {
                drafts.update(unsavedRecords());
            }
        }
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
        List<Edit> writes = takeWaiting();
        if (writes.isEmpty()) {
            return;
        }
        executor.submit(() -> writeAll(writes), ignored -> saved(writes), failure -> failed(writes, failure));
    }

    /**
     * Writes everything that waits and returns once it is durable. The draft file is brought up to
     * date before it returns too, so a record deleted right after a flush cannot come back from it.
     */
    public void flush() {
        List<Edit> writes = takeWaiting();
        List<Object> unsavedAfter = unsavedRecordsWithout(writes);
        try {
            executor.runAndWait(() -> {
                writeAll(writes);
                if (drafts != null) {
                    drafts.writeNow(unsavedAfter);
                }
                return null;
            });
            if (!writes.isEmpty()) {
                saved(writes);
            }
        } catch (Exception failure) {
            failed(writes, failure);
        }
    }

    private List<Edit> takeWaiting() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        List<Edit> writes = new ArrayList<>(waiting.values());
        waiting.clear();
        return writes;
    }

    private Void writeAll(List<Edit> writes) {
        if (!writes.isEmpty()) {
            store.inTransaction(() -> writes.forEach(edit -> edit.write().accept(store)));
        }
        return null;
    }

    private List<Object> unsavedRecords() {
        return unsaved.values().stream().map(Edit::record).toList();
    }

    private List<Object> unsavedRecordsWithout(List<Edit> committed) {
        return unsaved.values().stream().filter(edit -> !committed.contains(edit)).map(Edit::record).toList();
    }

    private void saved(List<Edit> committed) {
        int before = unsaved.size();
        committed.forEach(edit -> unsaved.remove(edit.key(), edit));
        if (drafts != null && unsaved.size() != before) {
            drafts.update(unsavedRecords());
        }
        if (waiting.isEmpty()) {
            state.set(new SaveState(SaveState.Status.SAVED, LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES), null));
        }
    }

    /** Failed writes wait again (behind newer edits of the same text) so the next save retries them. */
    private void failed(List<Edit> writes, Exception failure) {
        Map<Object, Edit> newer = new LinkedHashMap<>(waiting);
        waiting.clear();
        for (Edit write : writes) {
            waiting.put(new Object(), write);
        }
        waiting.putAll(newer);
        state.set(new SaveState(SaveState.Status.FAILED, state.get().savedAt(), failure));
    }
}
