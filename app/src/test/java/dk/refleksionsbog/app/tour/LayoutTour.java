package dk.refleksionsbog.app.tour;

import static dk.refleksionsbog.app.tour.TourHarness.onFx;
import static dk.refleksionsbog.app.tour.TourHarness.pause;
import static dk.refleksionsbog.app.tour.TourHarness.scrollToEnd;
import static dk.refleksionsbog.app.tour.TourHarness.waitUntil;

import dk.refleksionsbog.app.main.Destination;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

/**
 * Walks every screen and dialog of the real app on the example journal (with a challenge renamed
 * to a very long title) and photographs each with {@code xwd}, to check the layout at a text
 * size: {@code docs/layout-tour.sh 200}. Not a test: a tour for the eye.
 *
 * <p>Arguments: the output folder, then optionally the text size in percent.
 */
public final class LayoutTour {
    private static final String LONG_TITLE = "Mødekultur i ledergruppen: fra orienteringsmøder til fælles beslutninger, "
            + "som alle afdelingsledere kan stå på mål for over for deres medarbejdere";
    private static final String MEETINGS_SECOND_LOOP = "loop:" + ExampleJournal.id("loop.meetings.2");
    private static final String MEETINGS_FIRST_LOOP = "loop:" + ExampleJournal.id("loop.meetings.1");

    private LayoutTour() {}

    public static void main(String[] args) throws Exception {
        TourHarness.main(args, "target/layout-tour", "refleksionsbog-layout", LayoutTour::run);
    }

    private static void run(TourHarness app) throws Exception {
        for (Theme theme : Theme.values()) {
            String suffix = "-" + theme.name().toLowerCase() + "-" + app.textSize();
            Path journal = app.folder().resolve("eksempel.refleksionsbog");
            Path shared = app.folder().resolve("delt.refleksion");
            writeExampleWithLongTitle(journal, shared);
            app.open(journal, theme);
            waitUntil(() -> app.viewModel().loadedProperty().get());

            onFx(() -> app.viewModel().find(MEETINGS_SECOND_LOOP).ifPresent(app.viewModel()::select));
            waitUntil(() -> app.present("#step-CHALLENGE"));
            app.shoot("loop-current" + suffix);
            onFx(() -> ((Button) app.lookup("#step-PLANNING")).fire());
            waitUntil(() -> app.present("#carried-over-action"));
            app.shoot("loop-planning" + suffix);
            onFx(() -> app.viewModel().find(MEETINGS_FIRST_LOOP).ifPresent(app.viewModel()::select));
            waitUntil(() -> app.present("#step-REFLECTION"));
            onFx(() -> ((Button) app.lookup("#step-REFLECTION")).fire());
            waitUntil(() -> app.present("#rating-before"));
            app.shoot("loop-reflection-top" + suffix);
            pause();
            onFx(() -> scrollToEnd(app.lookup("#rating-before")));
            pause();
            app.shoot("loop-reflection-end" + suffix);

            onFx(() -> ((Button) app.lookup("#loop-challenge-details")).fire());
            waitUntil(() -> app.dialogShowing("#details-challenge-title"));
            app.shoot("challenge-details" + suffix);
            onFx(() -> ((ButtonBase) app.inDialog(".history-button")).fire());
            waitUntil(() -> app.dialogShowing("#history-list"));
            app.shoot("history" + suffix);
            app.closeDialogs();

            onFx(() -> ((Button) app.lookup("#loop-summary")).fire());
            waitUntil(() -> app.dialogShowing(".summary-page"));
            app.shoot("summary" + suffix);
            app.closeDialogs();

            onFx(() -> app.window().view().importFile(shared));
            pause();
            app.shoot("import" + suffix);
            app.closeDialogs();

            onFx(() -> app.window().view().quickEntry());
            waitUntil(() -> app.dialogShowing("#entry-text"));
            app.shoot("quick-entry" + suffix);
            app.closeDialogs();

            for (Destination destination : List.of(Destination.JOURNAL, Destination.MEETINGS, Destination.JOB_VISITS,
                    Destination.STAR_MOMENTS, Destination.PROGRESS, Destination.WELCOME)) {
                onFx(() -> app.viewModel().select(destination));
                pause();
                app.shoot(destination.name().toLowerCase() + suffix);
                if (System.getProperty("tour.debug") != null) {
                    onFx(() -> printWide(app.window().view().root(), 0));
                }
            }
            onFx(() -> app.viewModel().select(Destination.SEARCH));
            waitUntil(() -> app.present("#search-field"));
            onFx(() -> ((TextField) app.lookup("#search-field")).setText("møde"));
            Thread.sleep(800);
            pause();
            app.shoot("search" + suffix);
            onFx(() -> app.window().view().help().toggle());
            pause();
            app.shoot("help" + suffix);

            app.close();
        }
    }

    /** The example journal with its meetings challenge renamed to a very long title, and that challenge shared. */
    private static void writeExampleWithLongTitle(Path journal, Path shared) throws Exception {
        Files.deleteIfExists(journal);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            ExampleJournal.writeInto(store, Clock.systemDefaultZone());
            Challenge meetings = store.challenges().find(ExampleJournal.id("challenge.meetings")).orElseThrow();
            store.challenges().save(meetings.withTitle(LONG_TITLE, meetings.updatedAt()));
            ExchangeExporter exporter = new ExchangeExporter(store, Clock.systemDefaultZone());
            Files.write(shared, exporter.toBytes(exporter.challenge(meetings.id())));
        }
    }

    /** With -Dtour.debug: the nodes that ask for more than 450 px, which stop a narrow window from fitting. */
    private static void printWide(Node node, int depth) {
        if (node instanceof Region region && region.minWidth(-1) > 450) {
            System.out.println("  ".repeat(depth) + node.getClass().getSimpleName() + " " + node.getStyleClass()
                    + " id=" + node.getId() + " min=" + region.minWidth(-1));
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> printWide(child, depth + 1));
        }
    }
}
