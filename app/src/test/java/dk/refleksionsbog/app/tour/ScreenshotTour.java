package dk.refleksionsbog.app.tour;

import static dk.refleksionsbog.app.tour.TourHarness.onFx;
import static dk.refleksionsbog.app.tour.TourHarness.pause;
import static dk.refleksionsbog.app.tour.TourHarness.scrollToEnd;
import static dk.refleksionsbog.app.tour.TourHarness.waitUntil;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.cli.Cli;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.Destination;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Pane;

/**
 * Drives the real app on a display (docs/screenshots.sh runs it under Xvfb) through its main
 * screens and photographs the whole screen after each step with {@code xwd}. Not a test: a tour.
 *
 * <p>Arguments: the output folder, then optionally the text size in percent.
 */
public final class ScreenshotTour {
    private static final String MEETINGS_FIRST_LOOP = "loop:" + ExampleJournal.id("loop.meetings.1");
    private static final String MEETINGS_SECOND_LOOP = "loop:" + ExampleJournal.id("loop.meetings.2");

    private final TourHarness app;

    private ScreenshotTour(TourHarness app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        TourHarness.main(args, "docs/screenshots", "refleksionsbog-tour", app -> new ScreenshotTour(app).run());
    }

    private void run() throws Exception {
        String suffix = app.textSize() == 100 ? "" : "-" + app.textSize();
        for (Theme theme : Theme.values()) {
            String name = theme.name().toLowerCase();
            app.open(app.folder().resolve(name + "-own.refleksionsbog"), theme);
            waitUntil(() -> app.present("#welcome-start"));
            app.shoot("welcome-" + name + suffix);

            onFx(() -> viewModel().openExampleJournal());
            waitUntil(() -> viewModel().isExampleJournal() && viewModel().loadedProperty().get());
            // Loop 2 is in ACTION; stepping back to PLANNING (in this throw-away copy) shows the carried-over action.
            onFx(() -> viewModel().find(MEETINGS_SECOND_LOOP).ifPresent(viewModel()::select));
            waitUntil(() -> app.present("#step-PLANNING"));
            onFx(() -> ((Button) app.lookup("#step-PLANNING")).fire());
            waitUntil(() -> app.present("#carried-over-action"));
            app.shoot("loop-planning-" + name + suffix);

            onFx(() -> viewModel().find(MEETINGS_FIRST_LOOP).ifPresent(viewModel()::select));
            waitUntil(() -> app.present("#step-REFLECTION"));
            onFx(() -> ((Button) app.lookup("#step-REFLECTION")).fire());
            waitUntil(() -> app.present("#rating-before"));
            onFx(() -> scrollToEnd(app.lookup("#rating-before")));
            pause();
            app.shoot("loop-reflection-" + name + suffix);

            for (Destination destination : new Destination[] {Destination.JOURNAL, Destination.MEETINGS}) {
                if (app.context().has(destination)) {
                    onFx(() -> viewModel().select(destination));
                    pause();
                    app.shoot(destination.name().toLowerCase() + "-" + name + suffix);
                }
            }
            shootDialogs(name + suffix);
            app.close();
            Files.deleteIfExists(app.folder().resolve("eksempel.refleksionsbog"));
        }
    }

    /**
     * The dialogs the user guides show: a new entry, the summary, sharing a loop, the import
     * preview of a file from a sparring partner, and the backups.
     */
    private void shootDialogs(String suffix) throws Exception {
        UUID loopId = ExampleJournal.id("loop.meetings.1");
        UUID challengeId = ExampleJournal.id("challenge.meetings");
        AppContext context = app.context();
        Messages messages = Messages.forLanguage(context.settings().current().language());

        onFx(() -> viewModel().find(MEETINGS_FIRST_LOOP).ifPresent(viewModel()::select));
        waitUntil(() -> app.present("#step-REFLECTION"));
        onFx(() -> app.window().view().quickEntry());
        waitUntil(() -> app.dialogShowing("#entry-text"));
        onFx(() -> ((TextInputControl) app.inDialog("#entry-text"))
                .setText("Mette bad selv om ordet i dag, før jeg nåede at spørge."));
        shootAndClose("quick-entry-" + suffix);

        onFx(() -> context.summary(app.window().stage(), messages, loopId, challengeId));
        waitUntil(() -> app.inDialog(".summary-pages") instanceof Pane pages && !pages.getChildren().isEmpty()
                && !app.inDialog("#summary-save-pdf").isDisabled());
        shootAndClose("summary-" + suffix);

        onFx(() -> context.share(app.window().stage(), messages, ExchangeScope.LOOP, loopId));
        waitUntil(() -> app.dialogShowing("#share-save"));
        shootAndClose("share-" + suffix);

        // A loop from a colleague's journal, as it arrives by mail, previewed in the leader's own journal.
        Path partner = app.folder().resolve("kollega.refleksionsbog");
        Path mailed = app.folder().resolve("mit-loop-1.refleksion");
        Files.deleteIfExists(partner);
        Files.deleteIfExists(mailed);
        runCli("--journal", partner.toString(), "demo");
        runCli("--journal", partner.toString(), "export", "--loop", loopId.toString(), "--out", mailed.toString());
        onFx(() -> viewModel().openOwnJournal());
        waitUntil(() -> !viewModel().isExampleJournal() && viewModel().loadedProperty().get());
        onFx(() -> app.window().view().importFile(mailed));
        waitUntil(() -> app.dialogShowing("#import-apply"));
        app.shoot("import-" + suffix);

        // The colleague's loop, imported: read-only, with a comment being written and then shown.
        onFx(() -> ((Button) app.inDialog("#import-apply")).fire());
        waitUntil(() -> viewModel().find("loop:" + loopId).isPresent());
        shootAndClose("import-done-" + suffix);
        onFx(() -> viewModel().find("loop:" + loopId).ifPresent(viewModel()::select));
        waitUntil(() -> app.present("#export-comments") && app.present(".comment-button"));
        onFx(() -> ((Button) app.lookup(".comment-button")).fire());
        waitUntil(() -> app.dialogShowing("#comment-text"));
        onFx(() -> {
            ((TextInputControl) app.inDialog("#comment-author")).setText("Jonas Berg");
            ((TextInputControl) app.inDialog("#comment-text")).setText(
                    "Hvad tror du, der skal til, for at de andre også tager ordet uden at blive spurgt?");
        });
        pause();
        app.shoot("comment-" + suffix);
        onFx(() -> ((Button) app.inDialog("#comment-save")).fire());
        waitUntil(() -> !app.dialogShowing("#comment-text"));
        app.shoot("shared-loop-" + suffix);

        onFx(() -> context.backups(app.window().stage(), messages));
        waitUntil(() -> app.dialogShowing("#backup-now"));
        onFx(() -> ((Button) app.inDialog("#backup-now")).fire());
        waitUntil(() -> app.inDialog("#backup-list") instanceof ListView<?> list && !list.getItems().isEmpty());
        shootAndClose("backups-" + suffix);
    }

    private static void runCli(String... args) {
        int exitCode = Cli.runInTerminal(args);
        if (exitCode != Cli.OK) {
            throw new IllegalStateException("refleksionsbog " + String.join(" ", args) + " exited " + exitCode);
        }
    }

    private void shootAndClose(String name) throws Exception {
        app.shoot(name);
        app.closeDialogs();
    }

    private MainViewModel viewModel() {
        return app.viewModel();
    }
}
