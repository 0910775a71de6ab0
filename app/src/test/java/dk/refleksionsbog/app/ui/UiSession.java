package dk.refleksionsbog.app.ui;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.files.FileDialogs;
import dk.refleksionsbog.app.files.SystemFileDialogs;
import dk.refleksionsbog.app.main.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The real app on one journal file, in a test's stage. */
final class UiSession {
    final AppContext context;
    final MainWindow window;
    final Stage stage;

    private UiSession(AppContext context, MainWindow window, Stage stage) {
        this.context = context;
        this.window = window;
        this.stage = stage;
    }

    /** Opens the journal and shows the main window; call on the JavaFX thread. */
    static UiSession start(Stage stage, Path folder, Path journal, BackgroundExecutor executor) {
        return start(stage, folder, journal, executor, new SystemFileDialogs());
    }

    /** As above, with the files the user picks in file dialogs decided by the test. */
    static UiSession start(Stage stage, Path folder, Path journal, BackgroundExecutor executor, FileDialogs files) {
        AppContext context = AppContext.open(AppContext.Options.inFolder(folder, journal), Clock.systemDefaultZone(),
                executor, files);
        MainWindow window = new MainWindow(stage, context);
        window.show();
        return new UiSession(context, window, stage);
    }

    /** What the window's close button does; call on the JavaFX thread. */
    void closeLikeTheUser() {
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        stage.hide();
    }
}
