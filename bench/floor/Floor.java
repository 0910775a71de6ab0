import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for the start-up benchmark: a bare JavaFX window with one label, timed exactly like
 * the app's StartupProbe (after the second animation pulse, which waits for the first frame's
 * painting), printing the same line.
 * There is no journal, so sidebarReadyMs equals firstFrameMs.
 */
public final class Floor extends Application {
    /** Run through {@link FloorLauncher}, as the app runs through its Main. */
    public Floor() {}

    @Override
    public void start(Stage stage) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        stage.setScene(new Scene(new StackPane(new Label("Refleksionsbog")), 1100, 760));
        stage.setTitle("Floor");
        stage.show();
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks == 2) {
                    stop();
                    // after this pulse, which waits for the first frame's painting (as the app's StartupProbe)
                    Platform.runLater(() -> {
                        long ms = System.currentTimeMillis() - jvmStart;
                        long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
                        System.out.println("STARTUP firstFrameMs=" + ms + " sidebarReadyMs=" + ms + " cpuMs=" + cpuMs);
                        System.out.flush();
                        if (Boolean.getBoolean("refleksionsbog.startupProbe.exit")) {
                            System.exit(0);
                        }
                    });
                }
            }
        }.start();
    }
}

/** A main class that does not extend Application, so JavaFX starts from the class path like the app's Main. */
final class FloorLauncher {
    public static void main(String[] args) {
        Application.launch(Floor.class, args);
    }
}
