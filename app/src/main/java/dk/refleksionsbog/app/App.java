package dk.refleksionsbog.app;

import dk.refleksionsbog.app.concurrent.FxBackgroundExecutor;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainWindow;
import dk.refleksionsbog.app.search.SearchFieldWarmUp;
import dk.refleksionsbog.app.startup.AfterFirstFrame;
import dk.refleksionsbog.app.startup.StartupProbe;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The desktop app. {@link #launchGui} starts opening the journal, the templates and the settings
 * on background threads first and only then starts the JavaFX toolkit, so the two overlap; the
 * window is built once both are done.
 */
public final class App extends Application {
    private AppContext context;
    private String startFailure;
    private String closeLabel;
    private Optional<Path> sharedFile = Optional.empty();
    /** Null until shown, and when the journal could not be opened. */
    private MainWindow window;

    /** Used by {@link Application#launch}, for {@code mvn javafx:run} and IDEs. */
    public App() {}

    /** Starts on a context opened elsewhere, as the UI tests do. */
    public App(AppContext context) {
        this.context = context;
    }

    private App(AppContext context, Optional<Path> sharedFile) {
        this.context = context;
        this.sharedFile = sharedFile;
    }

    /** The window that says why the app could not start, in the leader's language. */
    private App(String startFailure, String closeLabel) {
        this.startFailure = startFailure;
        this.closeLabel = closeLabel;
    }

    /**
     * Starts the desktop app and returns once its window is being shown; the JavaFX thread keeps
     * the process alive until the window is closed.
     */
    public static void launchGui(String[] args) {
        launchGui(args, (window, context) -> { });
    }

    /**
     * As {@link #launchGui(String[])}, and then hands the shown window and its context to
     * {@code whenShown} on the JavaFX thread (not when the journal could not be opened); the
     * class-data training drives the window through it.
     */
    public static void launchGui(String[] args, BiConsumer<MainWindow, AppContext> whenShown) {
        List<String> arguments = List.of(args);
        AppContext.Opening opening = AppContext.Opening.start(AppContext.Options.fromArguments(arguments),
                Clock.systemDefaultZone());
        // While the journal is still being opened, the JavaFX thread can already parse the theme.
        Platform.startup(() -> MainWindow.applyTheme(opening.settings().theme()));
        App app = opened(opening, AppContext.Options.sharedFile(arguments));
        Platform.runLater(() -> {
            app.start(new Stage());
            if (app.window != null) {
                whenShown.accept(app.window, app.context);
            }
        });
    }

    private static App opened(AppContext.Opening opening, Optional<Path> sharedFile) {
        try {
            return new App(opening.finish(new FxBackgroundExecutor()), sharedFile);
        } catch (RuntimeException failure) {
            return new App(opening.describe(failure), Messages.forLanguage(opening.language()).get("action.close"));
        }
    }

    /** Lets {@code mvn javafx:run} and IDEs start the app through {@link Application#launch}. */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Only on the {@link Application#launch} path: the toolkit is up by now, so nothing overlaps. */
    @Override
    public void init() {
        if (context != null) {
            return;
        }
        List<String> arguments = getParameters().getRaw();
        App app = opened(AppContext.Opening.start(AppContext.Options.fromArguments(arguments), Clock.systemDefaultZone()),
                AppContext.Options.sharedFile(arguments));
        context = app.context;
        startFailure = app.startFailure;
        closeLabel = app.closeLabel;
        sharedFile = app.sharedFile;
    }

    @Override
    public void start(Stage stage) {
        if (startFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, startFailure,
                    new ButtonType(closeLabel, ButtonBar.ButtonData.CANCEL_CLOSE));
            alert.setHeaderText("Refleksionsbog");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new MainWindow(stage, context);
        AfterFirstFrame afterFirstFrame = AfterFirstFrame.start();
        window.show(showFirstScreen -> afterFirstFrame.execute(() -> {
            showFirstScreen.run();
            SearchFieldWarmUp.afterFirstScreen(stage.getScene());
        }));
        context.startAutomaticBackups();
        sharedFile.ifPresent(file -> window.view().importFile(file));
        StartupProbe.attachIfRequested(window.viewModel().loadedProperty(), window.viewModel().selectionProperty());
    }
}
