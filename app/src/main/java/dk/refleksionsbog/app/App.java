package dk.refleksionsbog.app;

import dk.refleksionsbog.app.concurrent.FxBackgroundExecutor;
import dk.refleksionsbog.app.main.MainWindow;
import dk.refleksionsbog.app.startup.StartupProbe;
import java.time.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The desktop app. The journal is opened in {@link #init()}, off the JavaFX thread, before the
 * window is built.
 */
public final class App extends Application {
    private AppContext context;
    private Exception startFailure;
    private Optional<Path> sharedFile = Optional.empty();

    /** Used by {@link Application#launch}. */
    public App() {}

    /** Starts on a context opened elsewhere, as the UI tests do. */
    public App(AppContext context) {
        this.context = context;
    }

    /** Starts the desktop app and returns when its window has closed. */
    public static void launchGui(String[] args) {
        Application.launch(App.class, args);
    }

    /** Lets {@code mvn javafx:run} and IDEs start the app directly. */
    public static void main(String[] args) {
        launchGui(args);
    }

    @Override
    public void init() {
        if (context != null) {
            return;
        }
        List<String> arguments = getParameters().getRaw();
        sharedFile = AppContext.Options.sharedFile(arguments);
        try {
            context = AppContext.open(AppContext.Options.fromArguments(arguments), Clock.systemDefaultZone(),
                    new FxBackgroundExecutor());
        } catch (Exception failure) {
            startFailure = failure;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startFailure != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(startFailure.getMessage()), ButtonType.CLOSE);
            alert.setHeaderText("Refleksionsbog");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow window = new MainWindow(stage, context);
        window.show();
        context.startAutomaticBackups();
        sharedFile.ifPresent(file -> window.view().importFile(file));
        StartupProbe.attachIfRequested(window.viewModel().loadedProperty());
    }
}
