package dk.refleksionsbog.app.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.help.Shortcut;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.icon.AppIcon;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.app.settings.WindowBounds;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The stage around the main view: theme, text size, remembered bounds, building the view again
 * when the language or the journal changes, and saving everything before the window closes.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/dk/refleksionsbog/app/app.css";
    private static final String TEXT_SIZE_CLASS = "text-size-";

    private final Stage stage;
    private final AppContext context;
    private MainViewModel viewModel;
    private MainView view;
    private Scene scene;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
    }

    public void show() {
        show(Runnable::run);
    }

    /** Shows the window; the first screen is built through {@code firstScreen} once the sidebar is read. */
    public void show(Executor firstScreen) {
        UiSettings settings = context.settings().current();
        applyTheme(settings.theme());
        scene = new Scene(build(firstScreen), 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        applyTextSize(settings.textSizePercent());
        placeWindow(settings.window());
        stage.setMinWidth(WindowBounds.MIN_WIDTH);
        stage.setMinHeight(WindowBounds.MIN_HEIGHT);
        stage.setScene(scene);
        AppIcon.applyTo(stage);
        context.settings().property().addListener((observable, before, after) -> {
            if (before.theme() != after.theme()) {
                applyTheme(after.theme());
            }
            if (before.textSizePercent() != after.textSizePercent()) {
                applyTextSize(after.textSizePercent());
            }
            if (!before.language().equals(after.language())) {
                rebuild();
            }
        });
        context.onJournalOpened(this::rebuild);
        stage.setOnCloseRequest(event -> close());
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The view shown now. */
    public MainView view() {
        return view;
    }

    /** The view model behind the view shown now; the screenshot tour drives the app through it. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    private Parent build(Executor firstScreen) {
        Messages messages = Messages.forLanguage(context.settings().current().language());
        viewModel = context.newMainViewModel();
        view = new MainView(viewModel, context, messages, context.version());
        stage.setTitle(messages.format("window.title", viewModel.journalPath().getFileName().toString()));
        viewModel.load(firstScreen);
        return view.root();
    }

    private void rebuild() {
        Parent root = build(Runnable::run);
        scene.setRoot(root);
        applyTextSize(context.settings().current().textSizePercent());
        installSceneShortcuts();
    }

    private void installSceneShortcuts() {
        scene.getAccelerators().clear();
        scene.getAccelerators().put(KeyCombination.valueOf(Shortcut.HELP_ALTERNATIVE.combination()), view.help()::toggle);
        scene.getAccelerators().put(KeyCombination.valueOf(Shortcut.CLOSE_OVERLAY.combination()), view.help()::close);
    }

    /**
     * Makes the theme the app's user-agent stylesheet (parsing it the first time); call on the
     * JavaFX thread. Applying the theme already in use again costs nothing, so a start can apply
     * it while the journal is still being opened.
     */
    public static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void applyTextSize(int percent) {
        Parent root = scene.getRoot();
        root.getStyleClass().removeIf(styleClass -> styleClass.startsWith(TEXT_SIZE_CLASS));
        root.getStyleClass().add(TEXT_SIZE_CLASS + percent);
        if (scene.getAccelerators().isEmpty()) {
            installSceneShortcuts();
        }
    }

    private void placeWindow(WindowBounds bounds) {
        if (bounds == null || Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty()) {
            stage.setWidth(1100);
            stage.setHeight(760);
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    /** Saves what was typed, the settings and the window's place, then closes the journal. */
    public void close() {
        viewModel.flush();
        if (!stage.isIconified()) {
            WindowBounds bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
            context.settings().update(current -> current.withWindow(bounds));
        }
        context.close();
    }
}
