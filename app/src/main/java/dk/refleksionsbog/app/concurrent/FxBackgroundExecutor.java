package dk.refleksionsbog.app.concurrent;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's executor: one daemon worker thread for I/O, results on the JavaFX thread. */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundExecutor.class);

    private final ExecutorService worker;
    private volatile Thread workerThread;

    public FxBackgroundExecutor() {
        worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "journal-io");
            thread.setDaemon(true);
            workerThread = thread;
            return thread;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception failure) {
                // The kind only: messages can quote journal text (a title, a value from an imported
                // file), and logs must never hold it. The leader sees the message through onFailure.
                LOG.warn("Background task failed: {}", failure.getClass().getName());
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    @Override
    public <T> T runAndWait(Callable<T> work) throws Exception {
        if (Thread.currentThread() == workerThread) {
            return work.call();
        }
        try {
            return worker.submit(work).get();
        } catch (ExecutionException wrapped) {
            if (wrapped.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw wrapped;
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(event -> action.run());
        pause.play();
        return pause::stop;
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Journal I/O did not finish within 10 s of closing");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
