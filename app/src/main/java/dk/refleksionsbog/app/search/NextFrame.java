package dk.refleksionsbog.app.search;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Spreads first-time work over frames. Each action runs at the start of a pulse of its own, before
 * that pulse's CSS and layout, so what it adds is styled and laid out in the same frame and no
 * other first-time work shares it.
 */
final class NextFrame {
    private NextFrame() {}

    /** Runs the action at the start of the next pulse. */
    static void run(Scene scene, Runnable action) {
        scene.addPreLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePreLayoutPulseListener(this);
                action.run();
            }
        });
        Platform.requestNextPulse();
    }

    /** Runs the action at the start of the pulse after the next one: after what is in the scene now has been drawn. */
    static void afterNext(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                NextFrame.run(scene, action);
            }
        });
        Platform.requestNextPulse();
    }
}
