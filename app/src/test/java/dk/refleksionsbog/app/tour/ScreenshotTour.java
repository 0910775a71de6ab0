package dk.refleksionsbog.app.tour;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.cli.Cli;
import dk.refleksionsbog.app.concurrent.FxBackgroundExecutor;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.Destination;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.main.MainWindow;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.app.settings.WindowBounds;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Drives the real app on a display (docs/screenshots.sh runs it under Xvfb) through its main
 * screens and photographs the whole screen after each step with {@code xwd}. Not a test: a tour.
 *
 * <p>Arguments: the output folder, then optionally the text size in percent.
 */
public final class ScreenshotTour {
    private static final String MEETINGS_FIRST_LOOP = "loop:" + ExampleJournal.id("loop.meetings.1");
    private static final String MEETINGS_SECOND_LOOP = "loop:" + ExampleJournal.id("loop.meetings.2");

    private final Path output;
    private final Path folder;
    private final int textSize;
    private MainWindow window;
    private AppContext context;

    private ScreenshotTour(Path output, Path folder, int textSize) {
        this.output = output;
        this.folder = folder;
        this.textSize = textSize;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        int textSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Files.createDirectories(output);
        Path folder = Files.createTempDirectory("refleksionsbog-tour");
        Platform.startup(() -> { });
        // The tour closes one window before it opens the next; the toolkit must outlive that moment.
        Platform.setImplicitExit(false);
        try {
            new ScreenshotTour(output, folder, textSize).run();
        } finally {
            Platform.exit();
        }
    }

    private void run() throws Exception {
        String suffix = textSize == 100 ? "" : "-" + textSize;
        for (Theme theme : Theme.values()) {
            String name = theme.name().toLowerCase();
            Path journal = folder.resolve(name + "-own.refleksionsbog");
            new SettingsFile(folder.resolve("ui-settings.json")).save(UiSettings.defaults().withTheme(theme)
                    .withTextSize(textSize).withWindow(new WindowBounds(0, 0, 1280, 800, false)));
            onFx(() -> {
                context = AppContext.open(AppContext.Options.inFolder(folder, journal), Clock.systemDefaultZone(),
                        new FxBackgroundExecutor());
                window = new MainWindow(new Stage(), context);
                window.show();
            });
            waitUntil(() -> present("#welcome-start"));
            shoot("welcome-" + name + suffix);

            onFx(() -> viewModel().openExampleJournal());
            waitUntil(() -> viewModel().isExampleJournal() && viewModel().loadedProperty().get());
            // Loop 2 is in ACTION; stepping back to PLANNING (in this throw-away copy) shows the carried-over action.
            onFx(() -> viewModel().find(MEETINGS_SECOND_LOOP).ifPresent(viewModel()::select));
            waitUntil(() -> present("#step-PLANNING"));
            onFx(() -> ((Button) lookup("#step-PLANNING")).fire());
            waitUntil(() -> present("#carried-over-action"));
            shoot("loop-planning-" + name + suffix);

            onFx(() -> viewModel().find(MEETINGS_FIRST_LOOP).ifPresent(viewModel()::select));
            waitUntil(() -> present("#step-REFLECTION"));
            onFx(() -> ((Button) lookup("#step-REFLECTION")).fire());
            waitUntil(() -> present("#rating-before"));
            onFx(() -> scrollToEnd(lookup("#rating-before")));
            pause();
            shoot("loop-reflection-" + name + suffix);

            if (context.has(Destination.JOURNAL)) {
                onFx(() -> viewModel().select(Destination.JOURNAL));
                pause();
                shoot("journal-" + name + suffix);
            }
            if (context.has(Destination.MEETINGS)) {
                onFx(() -> viewModel().select(Destination.MEETINGS));
                pause();
                shoot("meetings-" + name + suffix);
            }
            shootDialogs(name + suffix);
            onFx(() -> {
                window.close();
                window.stage().hide();
            });
            Files.deleteIfExists(folder.resolve("eksempel.refleksionsbog"));
        }
    }

    /**
     * The dialogs the user guides show: a new entry, the summary, sharing a loop, the import
     * preview of a file from a sparring partner, and the backups.
     */
    private void shootDialogs(String suffix) throws Exception {
        UUID loopId = ExampleJournal.id("loop.meetings.1");
        UUID challengeId = ExampleJournal.id("challenge.meetings");
        Messages messages = Messages.forLanguage(context.settings().current().language());

        onFx(() -> viewModel().find(MEETINGS_FIRST_LOOP).ifPresent(viewModel()::select));
        waitUntil(() -> present("#step-REFLECTION"));
        onFx(() -> window.view().quickEntry());
        waitUntil(() -> inDialog("#entry-text") != null);
        onFx(() -> ((TextInputControl) inDialog("#entry-text"))
                .setText("Mette bad selv om ordet i dag, før jeg nåede at spørge."));
        shootAndClose("quick-entry-" + suffix);

        onFx(() -> context.summary(window.stage(), messages, loopId, challengeId));
        waitUntil(() -> inDialog(".summary-pages") instanceof Pane pages && !pages.getChildren().isEmpty()
                && !inDialog("#summary-save-pdf").isDisabled());
        shootAndClose("summary-" + suffix);

        onFx(() -> context.share(window.stage(), messages, ExchangeScope.LOOP, loopId));
        waitUntil(() -> inDialog("#share-save") != null);
        shootAndClose("share-" + suffix);

        // A loop from a colleague's journal, as it arrives by mail, previewed in the leader's own journal.
        Path partner = folder.resolve("kollega.refleksionsbog");
        Path mailed = folder.resolve("mit-loop-1.refleksion");
        Files.deleteIfExists(partner);
        Files.deleteIfExists(mailed);
        runCli("--journal", partner.toString(), "demo");
        runCli("--journal", partner.toString(), "export", "--loop", loopId.toString(), "--out", mailed.toString());
        onFx(() -> viewModel().openOwnJournal());
        waitUntil(() -> !viewModel().isExampleJournal() && viewModel().loadedProperty().get());
        onFx(() -> window.view().importFile(mailed));
        waitUntil(() -> inDialog("#import-apply") != null);
        shoot("import-" + suffix);

        // The colleague's loop, imported: read-only, with a comment being written and then shown.
        onFx(() -> ((Button) inDialog("#import-apply")).fire());
        waitUntil(() -> viewModel().find("loop:" + loopId).isPresent());
        shootAndClose("import-done-" + suffix);
        onFx(() -> viewModel().find("loop:" + loopId).ifPresent(viewModel()::select));
        waitUntil(() -> present("#export-comments") && present(".comment-button"));
        onFx(() -> ((Button) lookup(".comment-button")).fire());
        waitUntil(() -> inDialog("#comment-text") != null);
        onFx(() -> {
            ((TextInputControl) inDialog("#comment-author")).setText("Jonas Berg");
            ((TextInputControl) inDialog("#comment-text")).setText(
                    "Hvad tror du, der skal til, for at de andre også tager ordet uden at blive spurgt?");
        });
        pause();
        shoot("comment-" + suffix);
        onFx(() -> ((Button) inDialog("#comment-save")).fire());
        waitUntil(() -> inDialog("#comment-text") == null);
        shoot("shared-loop-" + suffix);

        onFx(() -> context.backups(window.stage(), messages));
        waitUntil(() -> inDialog("#backup-now") != null);
        onFx(() -> ((Button) inDialog("#backup-now")).fire());
        waitUntil(() -> inDialog("#backup-list") instanceof ListView<?> list && !list.getItems().isEmpty());
        shootAndClose("backups-" + suffix);
    }

    private static void runCli(String... args) {
        int exitCode = Cli.runInTerminal(args);
        if (exitCode != Cli.OK) {
            throw new IllegalStateException("refleksionsbog " + String.join(" ", args) + " exited " + exitCode);
        }
    }

    /** A node in a window other than the main one, i.e. in an open dialog. */
    private Node inDialog(String selector) {
        for (Window other : Window.getWindows()) {
            if (other != window.stage() && other.getScene() != null) {
                Node found = other.getScene().getRoot().lookup(selector);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void shootAndClose(String name) throws Exception {
        shoot(name);
        onFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(other -> other != window.stage())
                .forEach(Window::hide));
        pause();
    }

    /** Scrolls the pane around the node to its end, where the ratings are. */
    private static void scrollToEnd(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                scroll.setVvalue(1);
                return;
            }
        }
    }

    private MainViewModel viewModel() {
        return window.viewModel();
    }

    private Node lookup(String selector) {
        return window.view().root().lookup(selector);
    }

    private boolean present(String selector) {
        return lookup(selector) != null;
    }

    private static void onFx(ThrowingRunnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Exception | Error failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
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
    private static void pause() throws Exception {
        for (int i = 0; i < 5; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            Platform.runLater(pulse::countDown);
            pulse.await(10, TimeUnit.SECONDS);
            Thread.sleep(120);
        }
    }

    private void shoot(String name) throws IOException, InterruptedException {
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

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
