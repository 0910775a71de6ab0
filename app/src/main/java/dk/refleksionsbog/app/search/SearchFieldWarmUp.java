package dk.refleksionsbog.app.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * Runs a text field's code once after the start, so the search screen's first opening does not.
 *
 * <p>The first screen (the loop) has text areas but no text field, so in most app runs the search
 * field was the first text field made: its code ran cold in the screen's first two frames, ~6 ms
 * where the screen was built (the control's classes linked, its style properties set up) and ~8 ms
 * where it was first styled (its skin and key bindings), on top of the screen's own work: 15-18 ms
 * each. A field made off the window, in a scene of its own with the window's style sheets, then
 * styled and laid out, runs the same code, each half in a frame of its own. It waits a second after
 * the first screen was built, so it does not add to the start's frames; other screens' text fields
 * (meetings, job visits, the quick entry) share the code. On the JavaFX thread: controls' first
 * set-up fills JavaFX's shared style tables, which are not safe for two threads.
 */
public final class SearchFieldWarmUp {
    /** Long enough for the first screen to be styled and painted on a slow machine; short enough to come before most searches. */
    static final Duration AFTER_FIRST_SCREEN = Duration.ofSeconds(1);

    private SearchFieldWarmUp() {}

    /** Call on the JavaFX thread once the first screen is built. */
    public static void afterFirstScreen(Scene window) {
        CompletableFuture.delayedExecutor(AFTER_FIRST_SCREEN.toMillis(), TimeUnit.MILLISECONDS, Platform::runLater)
                .execute(() -> warmUp(window, field -> { }));
    }

    /**
     * Makes a field at the start of the window's next frame, styles and lays it out in the frame
     * after, and then hands it to {@code done}; nothing of it enters the window.
     */
    static void warmUp(Scene window, Consumer<TextField> done) {
        NextFrame.run(window, () -> {
            TextField field = new TextField();
            StackPane root = new StackPane(field);
            root.getStyleClass().setAll(window.getRoot().getStyleClass());
            Scene offWindow = new Scene(root);
            offWindow.getStylesheets().setAll(window.getStylesheets());
            NextFrame.afterNext(window, () -> {
                root.applyCss();
                root.resize(Math.max(1, window.getWidth()), field.prefHeight(-1));
                root.layout();
                done.accept(field);
            });
        });
    }
}
