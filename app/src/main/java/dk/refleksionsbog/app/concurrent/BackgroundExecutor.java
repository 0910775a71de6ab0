package dk.refleksionsbog.app.concurrent;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs journal I/O away from the UI thread, one task at a time and in the order submitted, and
 * hands results back on the UI thread. Keeping every store call on one worker also keeps the
 * SQLite connection single-threaded.
 */
public interface BackgroundExecutor extends AutoCloseable {

    /** Runs the work in the background; exactly one of the callbacks then runs on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * Runs the work after everything submitted before it and waits for its result. Meant for the
     * rare moments that must not return before the data is on disk, such as closing the window.
     */
    <T> T runAndWait(Callable<T> work) throws Exception;

    /** Runs the action on the UI thread after the delay, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Finishes the submitted work and stops the worker. */
    @Override
    void close();

    interface Cancellable {
        void cancel();
    }
}
