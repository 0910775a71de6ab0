package dk.refleksionsbog.app.ui;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.files.FileDialogs;
import dk.refleksionsbog.app.files.SystemFileDialogs;
import dk.refleksionsbog.app.main.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on one journal file, in a test's stage. The journal's folder holds the app's
 * settings too, so every test journal gets a folder of its own.
 */
final class UiSession {
    final AppContext context;
    final MainWindow window;
    final Stage stage;
    private final Path journal;
    private final FileDialogs files;

    private UiSession(AppContext context, MainWindow window, Stage stage, Path journal, FileDialogs files) {
        this.context = context;
        this.window = window;
        this.stage = stage;
        this.journal = journal;
        this.files = files;
    }

    /** Where a test's journal goes: a new folder of its own below the test's temporary folder. */
    static Path newJournal(Path root, String prefix) throws IOException {
        return Files.createTempDirectory(root, prefix).resolve("journal.refleksionsbog");
    }

    /** Opens the journal and shows the main window; call on the JavaFX thread. */
    static UiSession start(Stage stage, Path journal, BackgroundExecutor executor) {
        return start(stage, journal, executor, new SystemFileDialogs());
    }

    /** As above, with the files the user picks in file dialogs decided by the test. */
    static UiSession start(Stage stage, Path journal, BackgroundExecutor executor, FileDialogs files) {
        AppContext context = AppContext.open(AppContext.Options.inFolder(journal.getParent(), journal),
                Clock.systemDefaultZone(), executor, files);
        MainWindow window = new MainWindow(stage, context);
        window.show();
        return new UiSession(context, window, stage, journal, files);
    }

    /** Closes the app like the user and starts it again on the same journal; call on the JavaFX thread. */
    UiSession reopen(BackgroundExecutor executor) {
        closeLikeTheUser();
        return start(stage, journal, executor, files);
    }

    /** What the window's close button does; call on the JavaFX thread. */
    void closeLikeTheUser() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        stage.hide();
    }

    /** After a test: hides any dialog left open and closes the app if the test has not; call on the JavaFX thread. */
    void closeAll() {
        for (Window other : List.copyOf(Window.getWindows())) {
            if (other != stage) {
                other.hide();
            }
        }
        if (stage.isShowing()) {
            closeLikeTheUser();
        }
    }

    /** Chooses a menu command by its id, as a click in the menu bar would. */
    void chooseMenuItem(FxRobot robot, String id) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> items(menu).stream())
                .filter(candidate -> id.equals(candidate.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the node's scroll pane until the node can be seen, as a leader would with the wheel. */
    static void scrollIntoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double scrollable = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / scrollable)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu submenu) {
                all.addAll(items(submenu));
            }
        }
        return all;
    }
}
