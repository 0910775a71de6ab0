package dk.refleksionsbog.app.startup;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.Destination;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.main.MainWindow;
import dk.refleksionsbog.app.main.SidebarItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.stage.Window;

/**
 * The class-data training's walk through the window: every main screen opened once, the way the
 * leader opens it, so that the archive holds the classes and lambdas of each screen's first opening
 * and not only the first screen's. The sidebar's places (journal, meetings, job visits, star
 * moments, search, progress, welcome) through the main view model's navigation; then the first
 * screen's loop again, its challenge's details (the view model's command behind the menu item) and
 * its summary (the call the menu item makes), each dialog closed again. Each step waits until the
 * one before has its data (a task queued behind its reads on the journal's worker has come back)
 * and has had its frames painted, including the first-time work screens spread over later frames;
 * it waits on events, not on the clock, so every run walks the same way.
 */
final class ScreenTour {
    /** Frames after a step's data arrived: its first frame and the ~8 the search screen spreads its hit list over. */
    static final int FRAMES_PER_STEP = 12;

    private final MainWindow window;
    private final AppContext context;
    private final Runnable done;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    ScreenTour(MainWindow window, AppContext context, Runnable done) {
        this.window = window;
        this.context = context;
        this.done = done;
    }

    /** Call on the JavaFX thread once the window is shown; {@code done} runs on it after the last step. */
    void start() {
        MainViewModel main = window.viewModel();
        main.selectionProperty().addListener((observable, before, shown) -> {
            if (before == null && shown != null) {
                walkFrom(shown);
            }
        });
        if (main.selectionProperty().get() != null) {
            walkFrom(main.selectionProperty().get());
        }
    }

    private void walkFrom(SidebarItem firstScreen) {
        if (!steps.isEmpty()) {
            return;
        }
        MainViewModel main = window.viewModel();
        for (Destination place : Destination.values()) {
            steps.add(() -> main.select(place));
        }
        steps.add(() -> main.select(firstScreen));
        steps.add(main::editShownChallenge);
        steps.add(this::closeDialogs);
        steps.add(() -> main.entryTarget().ifPresent(loop -> context.summary(window.stage(),
                Messages.forLanguage(context.settings().current().language()), loop.loopId(), loop.challengeId())));
        steps.add(this::closeDialogs);
        afterSettled(this::next);
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            done.run();
            return;
        }
        step.run();
        afterSettled(this::next);
    }

    /** After what the journal's worker was given so far has come back, and then a step's frames. */
    private void afterSettled(Runnable then) {
        context.executor().submit(() -> null, nothing -> afterFrames(then), failure -> afterFrames(then));
    }

    private static void afterFrames(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == FRAMES_PER_STEP) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Closes the dialogs a step opened, as their window's close does. */
    private void closeDialogs() {
        for (Window open : new ArrayList<>(Window.getWindows())) {
            if (open != window.stage() && open.isShowing()) {
                open.hide();
            }
        }
    }

}
