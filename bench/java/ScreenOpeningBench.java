import dk.refleksionsbog.app.Main;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;

/**
 * The JavaFX thread's processor time while a screen opens for the first time after the start, in
 * the real app (run it under Xvfb with the app's jar on the class path, with the JVM options and
 * class-data archive to compare): {@code ScreenOpeningBench JOURNAL PLACE}, PLACE one of the
 * sidebar's places (search, meetings, journal, job_visits, star_moments, progress). It starts the
 * app in this JVM, waits for the first screen (the loop's answer fields) and 3 s more, clicks the
 * place's sidebar button as the leader does, and takes the FX thread's CPU per frame for 1.5 s:
 * from the click to the first pulse, then pulse to pulse (as TypingStallBench's
 * {@code open_search_frame_fx_cpu}). Prints "METRIC name median p95 min max unit" lines (the
 * frames, and their sum as {@code open_PLACE_fx_cpu_total}) and the first eight frames in order.
 */
public final class ScreenOpeningBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        String place = args[1];
        Thread app = new Thread(() -> Main.main(new String[] {"--journal", args[0]}), "app-launcher");
        app.setDaemon(true);
        app.start();
        Scene scene = waitFor("the main window", () -> Window.getWindows().stream()
                .filter(Window::isShowing).map(Window::getScene).filter(s -> s != null).findFirst());
        waitFor("an answer field on the loop screen", () -> scene.getRoot().lookupAll(".text-area").stream()
                .filter(node -> node.getId() != null && node.getId().startsWith("answer-") && node.isVisible())
                .findFirst());
        Thread.sleep(3000); // let the start's background work (sidebar, backup, warm-up) finish
        ButtonBase button = waitFor("the sidebar's button " + place,
                () -> Optional.ofNullable((ButtonBase) scene.lookup("#place-" + place)));
        List<Long> perFrame = new ArrayList<>();
        long[] cpuAtStart = new long[1];
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                perFrame.add(cpu - cpuAtStart[0]);
                cpuAtStart[0] = cpu;
            }
        };
        onFx(() -> {
            cpuAtStart[0] = THREADS.getCurrentThreadCpuTime();
            pulses.start();
            button.fire();
            return null;
        });
        Thread.sleep(1500);
        List<Long> frames = onFx(() -> {
            pulses.stop();
            return List.copyOf(perFrame);
        });
        long[] sorted = frames.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("METRIC open_%s_frame_fx_cpu %.2f %.2f %.2f %.2f ms%n", place, percentile(sorted, 0.5) / 1e6,
                percentile(sorted, 0.95) / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
        System.out.printf("METRIC open_%s_fx_cpu_total %.1f - - - ms%n", place,
                frames.stream().mapToLong(Long::longValue).sum() / 1e6);
        System.out.println("open_" + place + "_first_frames_fx_cpu_ms " + frames.stream().limit(8)
                .map(cpu -> String.format("%.1f", cpu / 1e6)).toList());
        System.out.flush();
        System.exit(0);
    }

    private static double percentile(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static <T> T onFx(Supplier<T> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException | Error failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.join();
    }

    private static <T> T waitFor(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                Optional<T> found = onFx(probe);
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IllegalStateException toolkitNotUp) {
                // Platform.runLater before the toolkit started; try again
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("gave up waiting for " + what);
    }
}
