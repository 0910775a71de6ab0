package dk.refleksionsbog.app.tour;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.concurrent.FxBackgroundExecutor;
import dk.refleksionsbog.app.main.Destination;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.main.MainWindow;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.app.settings.WindowBounds;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
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
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Walks every screen and dialog of the real app on the example journal (with a challenge renamed
 * to a very long title) and photographs each with {@code xwd}, to check the layout at a text
 * size: {@code docs/layout-tour.sh 200}. Not a test: a tour for the eye.
 *
 * <p>Arguments: the output folder, then optionally the text size in percent.
 */
public final class LayoutTour {
    private static final String LONG_TITLE = "Mødekultur i ledergruppen: fra orienteringsmøder til fælles beslutninger, "
            + "som alle afdelingsledere kan stå på mål for over for deres medarbejdere";
    private static final String MEETINGS_SECOND_LOOP = "loop:" + ExampleJournal.id("loop.meetings.2");
    private static final String MEETINGS_FIRST_LOOP = "loop:" + ExampleJournal.id("loop.meetings.1");

    private final Path output;
    private final Path folder;
    private final int textSize;
    private MainWindow window;
    private AppContext context;

    private LayoutTour(Path output, Path folder, int textSize) {
        this.output = output;
        this.folder = folder;
        this.textSize = textSize;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "target/layout-tour");
        int textSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Files.createDirectories(output);
        Path folder = Files.createTempDirectory("refleksionsbog-layout");
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        try {
            new LayoutTour(output, folder, textSize).run();
        } finally {
            Platform.exit();
        }
    }

    private void run() throws Exception {
        for (Theme theme : Theme.values()) {
            String suffix = "-" + theme.name().toLowerCase() + "-" + textSize;
            Path journal = folder.resolve("eksempel.refleksionsbog");
            Path shared = folder.resolve("delt.refleksion");
            Files.deleteIfExists(journal);
            try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
                ExampleJournal.writeInto(store, Clock.systemDefaultZone());
                Challenge meetings = store.challenges().find(ExampleJournal.id("challenge.meetings")).orElseThrow();
                store.challenges().save(meetings.withTitle(LONG_TITLE, meetings.updatedAt()));
                ExchangeExporter exporter = new ExchangeExporter(store, Clock.systemDefaultZone());
                Files.write(shared, exporter.toBytes(exporter.challenge(meetings.id())));
            }
            new SettingsFile(folder.resolve("ui-settings.json")).save(UiSettings.defaults().withTheme(theme)
                    .withTextSize(textSize).withWindow(new WindowBounds(0, 0, 1280, 800, false)));
            onFx(() -> {
                context = AppContext.open(AppContext.Options.inFolder(folder, journal), Clock.systemDefaultZone(),
                        new FxBackgroundExecutor());
                window = new MainWindow(new Stage(), context);
                window.show();
            });
            waitUntil(() -> viewModel().loadedProperty().get());

            onFx(() -> viewModel().find(MEETINGS_SECOND_LOOP).ifPresent(viewModel()::select));
            waitUntil(() -> present("#step-CHALLENGE"));
            shoot("loop-current" + suffix);
            onFx(() -> ((Button) lookup("#step-PLANNING")).fire());
            waitUntil(() -> present("#carried-over-action"));
            shoot("loop-planning" + suffix);
            onFx(() -> viewModel().find(MEETINGS_FIRST_LOOP).ifPresent(viewModel()::select));
            waitUntil(() -> present("#step-REFLECTION"));
            onFx(() -> ((Button) lookup("#step-REFLECTION")).fire());
            waitUntil(() -> present("#rating-before"));
            shoot("loop-reflection-top" + suffix);
            pause();
            onFx(() -> scrollToEnd(lookup("#rating-before")));
            pause();
            shoot("loop-reflection-end" + suffix);

            onFx(() -> ((Button) lookup("#loop-challenge-details")).fire());
            waitUntil(() -> dialogShowing("#details-challenge-title"));
            shoot("challenge-details" + suffix);
            onFx(() -> ((ButtonBase) dialogLookup(".history-button")).fire());
            waitUntil(() -> dialogShowing("#history-list"));
            shoot("history" + suffix);
            closeDialogs();

            onFx(() -> ((Button) lookup("#loop-summary")).fire());
            waitUntil(() -> dialogShowing(".summary-page"));
            shoot("summary" + suffix);
            closeDialogs();

            onFx(() -> window.view().importFile(shared));
            pause();
            shoot("import" + suffix);
            closeDialogs();

            onFx(() -> window.view().quickEntry());
            waitUntil(() -> dialogShowing("#entry-text"));
            shoot("quick-entry" + suffix);
            closeDialogs();

            for (Destination destination : List.of(Destination.JOURNAL, Destination.MEETINGS, Destination.JOB_VISITS,
                    Destination.STAR_MOMENTS, Destination.PROGRESS, Destination.WELCOME)) {
                onFx(() -> viewModel().select(destination));
                pause();
                shoot(destination.name().toLowerCase() + suffix);
                if (System.getProperty("tour.debug") != null) {
                    onFx(() -> wide(window.view().root(), 0));
                }
            }
            onFx(() -> viewModel().select(Destination.SEARCH));
            waitUntil(() -> present("#search-field"));
            onFx(() -> ((TextField) lookup("#search-field")).setText("møde"));
            Thread.sleep(800);
            pause();
            shoot("search" + suffix);
            onFx(() -> window.view().help().toggle());
            pause();
            shoot("help" + suffix);

            onFx(() -> {
                window.close();
                window.stage().hide();
            });
        }
    }

    private static void wide(Node node, int depth) {
        if (node instanceof javafx.scene.layout.Region region && region.minWidth(-1) > 450) {
            System.out.println("  ".repeat(depth) + node.getClass().getSimpleName() + " " + node.getStyleClass()
                    + " id=" + node.getId() + " min=" + region.minWidth(-1));
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> wide(child, depth + 1));
        }
    }

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

    /** The selector in the newest other window (a dialog). */
    private Node dialogLookup(String selector) {
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

    private boolean dialogShowing(String selector) {
        return dialogLookup(selector) != null;
    }

    private void closeDialogs() throws Exception {
        onFx(() -> {
            for (Window other : List.copyOf(Window.getWindows())) {
                if (other != window.stage()) {
                    other.hide();
                }
            }
        });
        pause();
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

    private static void pause() throws Exception {
        for (int i = 0; i < 5; i++) {
            CountDownLatch pulse = new CountDownLatch(1);
            Platform.runLater(pulse::countDown);
            pulse.await(10, TimeUnit.SECONDS);
            Thread.sleep(150);
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
