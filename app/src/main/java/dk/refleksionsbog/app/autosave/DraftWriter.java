package dk.refleksionsbog.app.autosave;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a journal's draft file equal to what is typed but not saved. Keystrokes come faster than a
 * file can be synced, so writes are coalesced: at most one write runs and one waits, and the one
 * that waits is always the newest state. Every state carries a number, and a state older than the
 * one already written is dropped, so a slow background write never undoes a later one.
 */
public final class DraftWriter {
    private static final Logger LOG = LoggerFactory.getLogger(DraftWriter.class);

    private final DraftFile file;
    private final UUID journalId;
    private final Executor worker;
    private final AtomicLong numbers = new AtomicLong();
    private final AtomicReference<State> waiting = new AtomicReference<>();
    private final Object writing = new Object();
    private long written;
    private boolean fileMayExist = true;

    private record State(long number, List<Object> records) {}

    /** @param worker runs the background writes one at a time, in order, off the UI thread */
    public DraftWriter(DraftFile file, UUID journalId, Executor worker) {
        this.file = file;
        this.journalId = journalId;
        this.worker = worker;
    }

    /** The thread for draft writes: separate from the journal's, so drafts are not held up by a long import. */
    public static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "draft-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Records the new unsaved state and writes it soon, in the background. */
    void update(List<Object> unsaved) {
        State state = new State(numbers.incrementAndGet(), List.copyOf(unsaved));
        if (waiting.getAndSet(state) == null) {
            worker.execute(this::writeWaiting);
        }
    }

    /** Writes the state at once, on the calling thread; for the moments that wait for the disk anyway. */
    void writeNow(List<Object> unsaved) {
        write(new State(numbers.incrementAndGet(), List.copyOf(unsaved)));
    }

    private void writeWaiting() {
        State state = waiting.getAndSet(null);
        if (state != null) {
            write(state);
        }
    }

    private void write(State state) {
        synchronized (writing) {
            if (state.number() < written || state.records().isEmpty() && !fileMayExist) {
                return;
            }
            written = state.number();
            try {
                file.write(UnsavedEdits.of(journalId, state.records()));
                fileMayExist = !state.records().isEmpty();
            } catch (IOException failure) {
                // The journal itself may still save; the leader sees the autosave status, not this.
                LOG.warn("Could not keep the unsaved text in {}: {}", file.path(), failure.toString());
            }
        }
    }
}
