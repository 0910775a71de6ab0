package dk.refleksionsbog.app.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs everything at once on the calling thread, so tests see the outcome of a command as soon
 * as it returns. Scheduled actions wait until {@link #runScheduled()} stands in for the clock.
 */
public final class SameThreadExecutor implements BackgroundExecutor {
    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> T runAndWait(Callable<T> work) throws Exception {
        return work.call();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        scheduled.add(action);
        return () -> scheduled.remove(action);
    }

    /** Runs the actions whose delay would have passed by now: all that are still scheduled. */
    public void runScheduled() {
        List<Runnable> due = List.copyOf(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }

    public boolean hasScheduled() {
        return !scheduled.isEmpty();
    }

    @Override
    public void close() {
        scheduled.clear();
    }
}
