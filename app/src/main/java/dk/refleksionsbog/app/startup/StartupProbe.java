package dk.refleksionsbog.app.startup;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Reports how long the start took, for {@code bench/run.sh}: with the system property
 * {@code refleksionsbog.startupProbe=true} it prints one line
 * {@code STARTUP firstFrameMs=.. sidebarReadyMs=..} (milliseconds since the JVM started) once the
 * first frame has been rendered and the sidebar has been read, and with
 * {@code refleksionsbog.startupProbe.exit=true} it then ends the app. Off by default: without the
 * property {@link #attachIfRequested} does nothing, so a normal start pays nothing for it.
 */
public final class StartupProbe {
    static final String ENABLED = "refleksionsbog.startupProbe";
    static final String EXIT = "refleksionsbog.startupProbe.exit";

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long firstFrameMs = -1;
    private long sidebarReadyMs = -1;

    private StartupProbe() {}

    /** Call on the FX thread right after the window is shown, with "the content is ready". */
    public static void attachIfRequested(ObservableBooleanValue contentReady) {
        if (Boolean.getBoolean(ENABLED)) {
            new StartupProbe().attach(contentReady);
        }
    }

    private void attach(ObservableBooleanValue contentReady) {
        // An animation timer runs once per pulse, before that pulse is rendered; the frame after
        // the first pulse has been painted when the next pulse starts, so the second tick marks it.
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == 2) {
                    stop();
                    firstFrameMs = sinceJvmStart();
                    reportWhenBothKnown();
                }
            }
        }.start();
        if (contentReady.get()) {
            sidebarReadyMs = sinceJvmStart();
        } else {
            contentReady.addListener((observable, before, ready) -> {
                if (ready && sidebarReadyMs < 0) {
                    sidebarReadyMs = sinceJvmStart();
                    // the sidebar's cells are drawn on the next pulse
                    Platform.runLater(this::reportWhenBothKnown);
                }
            });
        }
    }

    private void reportWhenBothKnown() {
        if (firstFrameMs < 0 || sidebarReadyMs < 0) {
            return;
        }
        System.out.println("STARTUP firstFrameMs=" + firstFrameMs + " sidebarReadyMs=" + sidebarReadyMs);
        System.out.flush();
        if (Boolean.getBoolean(EXIT)) {
            // System.exit rather than Platform.exit: ends at once even if a background thread is
            // still busy, and still lets -XX:ArchiveClassesAtExit write its archive
            System.exit(0);
        }
    }

    private long sinceJvmStart() {
        return System.currentTimeMillis() - jvmStartMillis;
    }
}
