package dk.refleksionsbog.app.search;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Spreads first-time work over frames: an action runs as a task of its own once the scene's next
 * pulse has styled and laid out what is in it now, so that pulse and the action's own styling
 * (in the pulse after) each stay within a frame.
 */
final class AfterLayout {
    private AfterLayout() {}

    static void then(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // A task posted now runs after this pulse has finished (and handed its frame to the renderer).
                Platform.runLater(action);
            }
        });
    }
}
