package dk.refleksionsbog.app.tour;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.concurrent.FxBackgroundExecutor;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.main.MainWindow;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.app.settings.WindowBounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the tours share: the toolkit started without a test framework, the real app opened on a
 * journal in a theme and text size, steps run on the FX thread, waiting for a screen, and a
 * photograph of the whole (Xvfb) screen with {@code xwd}. A tour drives one harness.
 */
final class TourHarness {
    /** A tour's walk through the app; it may throw anything, which ends the tour. */
    interface Tour {
        void run(TourHarness app) throws Exception;
    }

    /** A step on the FX thread. */
    interface FxStep {
        void run() throws Exception;
    }

    private final Path output;
    private final Path folder;
    private final int textSize;
    private MainWindow window;
    private AppContext context;

    private TourHarness(Path output, Path folder, int textSize) {
        this.output = output;
        this.folder = folder;
        this.textSize = textSize;
    }

    /**
     * Runs a tour from its command line: the output folder (else the default), then optionally the
     * text size in percent (else 100). The app's settings and journals go to a new temporary folder.
     */
    static void main(String[] args, String defaultOutput, String folderPrefix, Tour tour) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : defaultOutput);
        int textSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Files.createDirectories(output);
        Path folder = Files.createTempDirectory(folderPrefix);
        Platform.startup(() -> { });
        // A tour closes one window before it opens the next; the toolkit must outlive that moment.
        Platform.setImplicitExit(false);
        try {
            tour.run(new TourHarness(output, folder, textSize));
        } finally {
            Platform.exit();
        }
    }

    /** The tour's temporary folder, where the app keeps its settings. */
    Path folder() {
        return folder;
    }

    int textSize() {
        return textSize;
    }

    /** Opens the app on this journal in a full-screen window, in the theme and the tour's text size. */
    void open(Path journal, Theme theme) throws Exception {
        new SettingsFile(folder.resolve("ui-settings.json")).save(UiSettings.defaults().withTheme(theme)
                .withTextSize(textSize).withWindow(new WindowBounds(0, 0, 1280, 800, false)));
        onFx(() -> {
            context = AppContext.open(AppContext.Options.inFolder(folder, journal), Clock.systemDefaultZone(),
                    new FxBackgroundExecutor());
            window = new MainWindow(new Stage(), context);
            window.show();
        });
    }

    /** Closes the app's window as the app itself does when it quits. */
    void close() throws Exception {
        onFx(() -> {
            window.close();
            window.stage().hide();
        });
    }

    MainWindow window() {
        return window;
    }

    AppContext context() {
        return context;
    }

    MainViewModel viewModel() {
        return window.viewModel();
    }

    /** The selector in the main window. */
    Node lookup(String selector) {
        return window.view().root().lookup(selector);
    }

    boolean present(String selector) {
        return lookup(selector) != null;
    }

    /** The selector in the newest other window, i.e. in an open dialog. */
    Node inDialog(String selector) {
        List<Window> windows = List.copyOf(Window.getWindows());
        for (int i = windows.size() - 1; i >= 0; i--) {
            Window candidate = windows.get(i);
            if (candidate != window.stage() && candidate.getScene() != null) {
                Node found = candidate.getScene().getRoot().lookup(selector);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    boolean dialogShowing(String selector) {
        return inDialog(selector) != null;
    }

    /** Hides every window but the main one and lets the screen settle. */
    void closeDialogs() throws Exception {
        onFx(() -> List.copyOf(Window.getWindows()).stream().filter(other -> other != window.stage())
                .forEach(Window::hide));
        pause();
    }

    /** Scrolls the pane around the node to its end. */
    static void scrollToEnd(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                scroll.setVvalue(1);
                return;
            }
        }
    }

    static void onFx(FxStep step) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                step.run();
                done.complete(null);
            } catch (Exception | Error failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /** Waits (checking on the FX thread) until the app reaches the state, then lets it settle. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            CompletableFuture<Boolean> met = new CompletableFuture<>();
            Platform.runLater(() -> met.complete(condition.getAsBoolean()));
            if (met.get(30, TimeUnit.SECONDS)) {
                pause();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The app did not reach the expected screen in 30 s");
            }
            Thread.sleep(100);
        }
    }

    /** Lets layout, CSS and a few frames settle before the photograph. */
    static void pause() throws Exception {
        for (int i = 0; i < 5; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            Platform.runLater(pulse::countDown);
            pulse.await(10, TimeUnit.SECONDS);
            Thread.sleep(150);
        }
    }

    /** Photographs the whole screen as {@code <output>/<name>.png}. */
    void shoot(String name) throws IOException, InterruptedException {
        Path png = output.resolve(name + ".png");
        Process process = new ProcessBuilder("sh", "-c", "xwd -root -silent | convert xwd:- png:-")
                .redirectOutput(png.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (process.waitFor() != 0) {
            throw new IOException("xwd/convert failed for " + name);
        }
        System.out.println("wrote " + png);
    }
}
