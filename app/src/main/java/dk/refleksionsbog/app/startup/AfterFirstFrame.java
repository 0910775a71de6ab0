package dk.refleksionsbog.app.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Holds work back until the window's first frame has been painted, then runs it on the JavaFX
 * thread; work given later runs at once. The app builds its first screen this way, so the window
 * appears with its menus and sidebar first instead of waiting for the heaviest screen.
 *
 * <p>The first pulse after {@link #start()} hands the first frame to the render thread, and the
 * second pulse waits for that painting to finish before it ends; the work is posted with
 * {@code Platform.runLater} from the second pulse's timer, so it runs after that pulse, once the
 * first frame is on the screen.
 */
public final class AfterFirstFrame implements Executor {
    static final int PULSES_UNTIL_PAINTED = 2;

    private final Executor fxThread;
    private final List<Runnable> waiting = new ArrayList<>();
    private int pulses;

    AfterFirstFrame(Executor fxThread) {
        this.fxThread = fxThread;
    }

    /** Starts counting pulses now; call on the JavaFX thread before the window is shown. */
    public static AfterFirstFrame start() {
        AfterFirstFrame afterFirstFrame = new AfterFirstFrame(Platform::runLater);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (afterFirstFrame.pulse()) {
                    stop();
                }
            }
        }.start();
        return afterFirstFrame;
    }

    /** Counts one pulse; true once the first frame has been painted and the waiting work handed on. */
    boolean pulse() {
        if (painted()) {
            return true;
        }
        pulses++;
        if (painted()) {
            List<Runnable> ready = List.copyOf(waiting);
            waiting.clear();
            fxThread.execute(() -> ready.forEach(Runnable::run));
        }
        return painted();
    }

    boolean painted() {
        return pulses >= PULSES_UNTIL_PAINTED;
    }

    /** Call on the JavaFX thread. */
    @Override
    public void execute(Runnable work) {
        if (painted()) {
            work.run();
        } else {
            waiting.add(work);
        }
    }
}
