package dk.refleksionsbog.app.startup;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/**
 * Reports how long the start took, for {@code bench/run.sh}: with the system property
 * {@code refleksionsbog.startupProbe=true} it prints one line
 * {@code STARTUP firstFrameMs=.. sidebarReadyMs=.. screenMs=.. cpuMs=..} (milliseconds since the
 * JVM started) and with {@code refleksionsbog.startupProbe.exit=true} it then ends the app. Each
 * figure is the moment a frame showing it is known to have been painted: the first frame, the
 * first frame with the sidebar read from the journal, and the first frame with the first screen
 * (e.g. the loop) built; {@code cpuMs} is the processor time the process had used by the later of
 * the first two (interactive), which a busy machine disturbs far less than the wall-clock
 * figures. Off by default: without the property {@link #attachIfRequested} does
 * nothing, so a normal start pays nothing for it.
 */
public final class StartupProbe {
    static final String ENABLED = "refleksionsbog.startupProbe";
    static final String EXIT = "refleksionsbog.startupProbe.exit";

    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long firstFrameMs = -1;
    private long sidebarReadyMs = -1;
    private long screenMs = -1;
    private long cpuMs = -1;

    private StartupProbe() {}

    /**
     * Call on the JavaFX thread right after the window is shown.
     *
     * @param sidebarRead turns true once the sidebar has been read
     * @param screen the item shown in the centre; its screen is built when it first turns non-null
     */
    public static void attachIfRequested(ObservableBooleanValue sidebarRead, ObservableValue<?> screen) {
        if (Boolean.getBoolean(ENABLED)) {
            new StartupProbe().attach(sidebarRead, screen);
        }
    }

    private void attach(ObservableBooleanValue sidebarRead, ObservableValue<?> screen) {
        whenPainted(ms -> firstFrameMs = ms);
        if (sidebarRead.get()) {
            whenPainted(ms -> sidebarReadyMs = ms);
        } else {
            sidebarRead.addListener((observable, before, read) -> {
                if (read && sidebarReadyMs < 0) {
                    whenPainted(ms -> sidebarReadyMs = ms);
                }
            });
        }
        if (screen.getValue() != null) {
            whenPainted(ms -> screenMs = ms);
        } else {
            screen.addListener((observable, before, shown) -> {
                if (shown != null && screenMs < 0) {
                    whenPainted(ms -> screenMs = ms);
                }
            });
        }
    }

    /**
     * An animation timer runs at the start of a pulse. What the scene holds now goes to the render
     * thread at the end of the next pulse; the pulse after that waits for that painting to finish
     * before it ends (JavaFX's pulse logger shows the wait), so a task posted from the second
     * tick runs once the frame has been painted. (Taking the time at the second tick itself, as
     * this probe once did, came 50-60 ms before the app's first frame was painted.)
     */
    private void whenPainted(LongConsumer record) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == AfterFirstFrame.PULSES_UNTIL_PAINTED) {
                    stop();
                    Platform.runLater(() -> {
                        record.accept(sinceJvmStart());
                        if (cpuMs < 0 && firstFrameMs >= 0 && sidebarReadyMs >= 0) {
                            cpuMs = processCpuMillis();
                        }
                        reportWhenAllKnown();
                    });
                }
            }
        }.start();
    }

    private void reportWhenAllKnown() {
        if (firstFrameMs < 0 || sidebarReadyMs < 0 || screenMs < 0) {
            return;
        }
        System.out.println("STARTUP firstFrameMs=" + firstFrameMs + " sidebarReadyMs=" + sidebarReadyMs
                + " screenMs=" + screenMs + " cpuMs=" + cpuMs);
        System.out.flush();
        if (Boolean.getBoolean(EXIT)) {
            // System.exit rather than Platform.exit: ends at once even if a background thread is
            // still busy, and still lets -XX:ArchiveClassesAtExit write its archive
            System.exit(0);
        }
    }

    static long processCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    private long sinceJvmStart() {
        return System.currentTimeMillis() - jvmStartMillis;
    }
}
