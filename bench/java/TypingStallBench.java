import dk.refleksionsbog.app.Main;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * How long the JavaFX thread is blocked while the leader types, in the real app (run it under
 * Xvfb with the app's jar on the class path): {@code TypingStallBench JOURNAL}. The journal is
 * written to (autosave), so give it a copy.
 *
 * <p>It starts the app in this JVM, waits for the loop screen's first answer field, and then, while
 * it types into the field like a fast typist (one key every 80 ms: pressed, typed, released, fired
 * at the field so they pass its handlers and the scene's filters), measures two things:
 * <ul>
 *   <li>FX-thread stalls: a monitor thread posts a no-op to the FX thread every 2 ms and waits
 *       for it; the wait is how long the FX thread was busy with something else (pulses, layout,
 *       event handlers). Beside the wall time, the FX thread's own CPU time in that wait: on a
 *       machine shared with other builds, a long wall time with little CPU is waiting for a core,
 *       not work the app did.</li>
 *   <li>frame gaps: the time between animation pulses (one per rendered frame, 60 a second when
 *       something changes).</li>
 * </ul>
 * Then it opens the search screen through its menu item and types queries into the field the same
 * way, measuring the same, plus how long after the last key the first results are in the list.
 * Prints "METRIC name median p95 min max unit" lines for bench/run.sh, and exits.
 */
public final class TypingStallBench {
    private static final long KEY_INTERVAL_MS = 80;
    private static final String TEXT = "Jeg prøvede at lade medarbejderne tale først på mødet, og det gav ro. ";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static volatile long fxThreadId;

    public static void main(String[] args) throws Exception {
        Thread app = new Thread(() -> Main.main(new String[] {"--journal", args[0]}), "app-launcher");
        app.setDaemon(true);
        app.start();
        Scene scene = waitFor("the main window", 120, () -> Window.getWindows().stream()
                .filter(Window::isShowing).map(Window::getScene).filter(s -> s != null).findFirst());
        fxThreadId = onFx(() -> Thread.currentThread().getId());
        TextArea answer = waitFor("an answer field on the loop screen", 120, () -> scene.getRoot()
                .lookupAll(".text-area").stream()
                .filter(node -> node.getId() != null && node.getId().startsWith("answer-") && node.isVisible())
                .map(TextArea.class::cast).findFirst());
        Thread.sleep(3000); // let the start's background work (sidebar, backup) finish
        onFx(() -> {
            answer.requestFocus();
            answer.positionCaret(answer.getLength());
            return null;
        });

        // The autosave's writes and the draft file's writes run on these threads, not the FX thread.
        long ioCpuBefore = cpuOfThreadNamed("journal-io");
        long draftCpuBefore = cpuOfThreadNamed("draft-writer");
        Measured typing = measure(() -> typeInto(answer, TEXT.repeat(4)), 1500);
        long ioCpuAfter = cpuOfThreadNamed("journal-io");
        long draftCpuAfter = cpuOfThreadNamed("draft-writer");
        typing.report("typing_answer");
        System.out.printf("METRIC journal_io_cpu_while_typing %.1f - - - ms%n", (ioCpuAfter - ioCpuBefore) / 1e6);
        System.out.printf("METRIC draft_writer_cpu_while_typing %.1f - - - ms%n", (draftCpuAfter - draftCpuBefore) / 1e6);

        MenuItem searchItem = onFx(() -> searchMenuItem(scene));
        // Opening the search screen, and whatever it does in the frames after (1.5 s), is measured too.
        FrameWork openingFrames = new FrameWork();
        Measured opening = measure(() -> onFx(() -> {
            openingFrames.start();
            searchItem.fire();
            return null;
        }), 1500);
        onFx(() -> {
            openingFrames.stop();
            return null;
        });
        opening.report("open_search");
        Measured.print("open_search_frame_fx_cpu", Measured.sorted(openingFrames.perFrame));
        // The first frames in order (the opening's own first, then each pulse with the tasks after it), for reading.
        System.out.println("open_search_first_frames_fx_cpu_ms " + openingFrames.perFrame.stream().limit(8)
                .map(cpu -> String.format("%.1f", cpu / 1e6)).toList());
        TextField field = waitFor("the search field", 30, () -> Optional.ofNullable(scene.lookup("#search-field"))
                .filter(Node::isVisible).map(TextField.class::cast));
        @SuppressWarnings("unchecked")
        ListView<Object> hits = waitFor("the search hits", 30, () -> Optional.ofNullable(scene.lookup("#search-hits"))
                .map(node -> (ListView<Object>) node));
        int rounds = Integer.getInteger("typing.rounds", 1);
        List<Long> displayCpu = new ArrayList<>();
        List<Long> displayStallCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String query : List.of("mødelokale", "stjernestund", "jeg")) {
                onFx(() -> {
                    field.clear();
                    field.requestFocus();
                    return null;
                });
                Thread.sleep(1000);
                ResultsDisplay display = new ResultsDisplay(hits);
                onFx(() -> {
                    hits.getItems().addListener(display);
                    return null;
                });
                long[] lastKeyAt = {0};
                Measured searching = measure(() -> lastKeyAt[0] = typeInto(field, query), 2000);
                onFx(() -> {
                    hits.getItems().removeListener(display);
                    display.stop();
                    return null;
                });
                String label = rounds == 1 ? query : query + "_" + (round + 1);
                searching.report("typing_search_" + label);
                System.out.printf("METRIC search_results_after_last_key_%s %.1f - - - ms%n", label,
                        display.arrivedAt < 0 ? Double.NaN : (display.arrivedAt - lastKeyAt[0]) / 1e6);
                System.out.printf("METRIC search_results_painted_after_last_key_%s %.1f - - - ms%n", label,
                        display.paintedAt < 0 ? Double.NaN : (display.paintedAt - lastKeyAt[0]) / 1e6);
                System.out.printf("METRIC search_results_display_fx_cpu_%s %.2f - - - ms%n", label,
                        display.cpu < 0 ? Double.NaN : display.cpu / 1e6);
                long stallCpu = searching.maxCpuInWaitsAfter(display.arrivedAt);
                System.out.printf("METRIC search_results_display_max_stall_fx_cpu_%s %.2f - - - ms%n", label,
                        stallCpu / 1e6);
                if (display.cpu >= 0) {
                    displayCpu.add(display.cpu);
                    displayStallCpu.add(stallCpu);
                }
            }
        }
        Measured.print("search_results_display_fx_cpu", Measured.sorted(displayCpu));
        Measured.print("search_results_display_max_stall_fx_cpu", Measured.sorted(displayStallCpu));
        System.out.flush();
        System.exit(0);
    }

    /** Types the text key by key at a typist's pace; returns the instant (nanoTime) of the last key. */
    private static long typeInto(Node target, String text) {
        long last = 0;
        for (int i = 0; i < text.length(); i++) {
            String character = text.substring(i, i + 1);
            onFx(() -> {
                target.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.UNDEFINED, false, false, false, false));
                target.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, false, false, false,
                        false));
                target.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.UNDEFINED, false, false, false, false));
                return null;
            });
            last = System.nanoTime();
            sleep(KEY_INTERVAL_MS);
        }
        return last;
    }

    private static MenuItem searchMenuItem(Scene scene) {
        KeyCombination search = KeyCombination.valueOf(dk.refleksionsbog.app.help.Shortcut.SEARCH.combination());
        for (Node node : scene.getRoot().lookupAll(".menu-bar")) {
            for (Menu menu : ((MenuBar) node).getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (search.equals(item.getAccelerator())) {
                        return item;
                    }
                }
            }
        }
        throw new IllegalStateException("no menu item with the search shortcut");
    }

    /** Stalls and frame gaps while the work runs, and for {@code afterMs} after it (the saves and searches it caused). */
    private static Measured measure(Runnable work, long afterMs) throws Exception {
        Measured measured = new Measured();
        AnimationTimer frames = new AnimationTimer() {
            private long previous;

            @Override
            public void handle(long now) {
                if (previous != 0) {
                    measured.frameGaps.add(now - previous);
                }
                previous = now;
            }
        };
        onFx(() -> {
            frames.start();
            return null;
        });
        CompletableFuture<Void> monitor = CompletableFuture.runAsync(() -> {
            while (!measured.done) {
                long cpuBefore = THREADS.getThreadCpuTime(fxThreadId);
                long start = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                long[] cpuInWait = new long[1];
                Platform.runLater(() -> {
                    cpuInWait[0] = THREADS.getCurrentThreadCpuTime() - cpuBefore;
                    ran.countDown();
                });
                try {
                    ran.await();
                } catch (InterruptedException interrupted) {
                    return;
                }
                long end = System.nanoTime();
                measured.waits.add(end - start);
                measured.waitEnds.add(end);
                measured.fxCpuInWaits.add(cpuInWait[0]);
                sleep(2);
            }
        });
        work.run();
        sleep(afterMs);
        measured.done = true;
        monitor.get(10, TimeUnit.SECONDS);
        onFx(() -> {
            frames.stop();
            return null;
        });
        return measured;
    }

    private static final class Measured {
        final List<Long> waits = new ArrayList<>();
        final List<Long> fxCpuInWaits = new ArrayList<>();
        final List<Long> waitEnds = new ArrayList<>();
        final List<Long> frameGaps = new ArrayList<>();
        volatile boolean done;

        /** The most FX-thread CPU in one wait that ended after the instant (0 when none did). */
        long maxCpuInWaitsAfter(long instant) {
            long max = 0;
            for (int i = 0; i < waitEnds.size(); i++) {
                if (instant >= 0 && waitEnds.get(i) > instant) {
                    max = Math.max(max, fxCpuInWaits.get(i));
                }
            }
            return max;
        }

        void report(String label) {
            long[] wall = sorted(waits);
            long[] cpu = sorted(fxCpuInWaits);
            long[] gaps = sorted(frameGaps);
            print("fx_stall_" + label, wall);
            System.out.printf("METRIC fx_stall_%s_p99 %.2f - - - ms%n", label, percentile(wall, 0.99) / 1e6);
            System.out.printf("METRIC fx_stall_%s_over_16ms %d - - - count%n", label,
                    Arrays.stream(wall).filter(w -> w > 16_000_000L).count());
            print("fx_cpu_in_stall_" + label, cpu);
            System.out.printf("METRIC fx_cpu_in_stall_%s_p99 %.2f - - - ms%n", label, percentile(cpu, 0.99) / 1e6);
            print("frame_gap_" + label, gaps);
        }

        private static void print(String name, long[] values) {
            if (values.length == 0) {
                System.out.printf("METRIC %s - - - - ms%n", name);
                return;
            }
            System.out.printf("METRIC %s %.2f %.2f %.2f %.2f ms%n", name, percentile(values, 0.5) / 1e6,
                    percentile(values, 0.95) / 1e6, values[0] / 1e6, values[values.length - 1] / 1e6);
        }

        private static long[] sorted(List<Long> values) {
            return values.stream().mapToLong(Long::longValue).sorted().toArray();
        }

        private static double percentile(long[] sorted, double fraction) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(fraction * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
        }
    }

    /**
     * The FX thread's CPU per frame, from the instant it is started (on the FX thread) until the
     * first pulse, and then from each pulse's start to the next: the pulse's own work (animations,
     * CSS, layout, handing the frame to the renderer) and every task run before the next pulse. A
     * frame whose work exceeds ~16 ms delays the next one; unlike the monitor's waits, this does not
     * depend on the monitor thread getting a core between two tasks.
     */
    private static final class FrameWork {
        final List<Long> perFrame = new ArrayList<>();
        private long cpuAtStart;
        private final AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                perFrame.add(cpu - cpuAtStart);
                cpuAtStart = cpu;
            }
        };

        void start() {
            cpuAtStart = THREADS.getCurrentThreadCpuTime();
            pulses.start();
        }

        void stop() {
            pulses.stop();
        }
    }

    /**
     * The FX thread's CPU from the moment the first results are in the hit list until the frame
     * showing them has been painted (the start of the second pulse after they arrived: the first
     * pulse lays out and renders them).
     */
    private static final class ResultsDisplay implements ListChangeListener<Object> {
        private final ListView<Object> hits;
        volatile long arrivedAt = -1;
        volatile long paintedAt = -1;
        volatile long cpu = -1;
        private long cpuAtArrival;
        private int pulses;
        private final AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    cpu = THREADS.getCurrentThreadCpuTime() - cpuAtArrival;
                    paintedAt = System.nanoTime();
                    stop();
                }
            }
        };

        ResultsDisplay(ListView<Object> hits) {
            this.hits = hits;
        }

        @Override
        public void onChanged(Change<?> change) {
            if (arrivedAt < 0 && !hits.getItems().isEmpty()) {
                cpuAtArrival = THREADS.getCurrentThreadCpuTime();
                arrivedAt = System.nanoTime();
                frames.start();
            }
        }

        void stop() {
            frames.stop();
        }
    }

    private static long cpuOfThreadNamed(String name) {
        for (long id : THREADS.getAllThreadIds()) {
            var info = THREADS.getThreadInfo(id);
            if (info != null && info.getThreadName().equals(name)) {
                return THREADS.getThreadCpuTime(id);
            }
        }
        return 0;
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

    private static <T> T waitFor(String what, int seconds, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                Optional<T> found = onFx(probe);
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IllegalStateException toolkitNotUp) {
                // Platform.runLater before the toolkit started; try again
            }
            sleep(100);
        }
        throw new IllegalStateException("gave up waiting for " + what);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
