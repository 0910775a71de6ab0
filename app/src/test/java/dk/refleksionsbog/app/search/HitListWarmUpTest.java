package dk.refleksionsbog.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.search.SearchResult.Segment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hit list's first-time costs are paid once per app run, not at every opening of the search screen. */
@ExtendWith(ApplicationExtension.class)
class HitListWarmUpTest {
    private final HitListWarmUp warmUp = new HitListWarmUp();
    private VBox first;
    private VBox second;
    private ListView<SearchResult> hits;

    @Start
    void start(Stage stage) {
        first = new VBox();
        second = new VBox();
        hits = new ListView<>();
        stage.setScene(new Scene(new VBox(first, second, hits), 400, 300));
        stage.show();
    }

    @Test
    void aHiddenHitAndThenATransparentListAreLaidOutInTheFirstSearchScreenOnlyAndTakenAway() throws Exception {
        List<Node> addedToFirst = recordAdded(first);
        WaitForAsyncUtils.asyncFx(() -> {
            warmUp.warmUpCells(hits, first, "Svar", List.of(new Segment("et ord", true)));
            warmUp.warmUpCells(hits, second, "Svar", List.of(new Segment("et ord", true)));
        }).get();

        HitCell probe = (HitCell) waitForAdded(addedToFirst, HitCell.class::isInstance);
        assertThat(probe.isVisible()).isFalse();
        assertThat(probe.isManaged()).isFalse();
        ListView<?> probeList = (ListView<?>) waitForAdded(addedToFirst, ListView.class::isInstance);
        assertThat(probeList.getOpacity()).isZero();
        assertThat(probeList.isMouseTransparent()).isTrue();
        assertThat(probeList.isManaged()).isFalse();
        assertThat(probeList.getStyleClass()).isEqualTo(hits.getStyleClass());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> first.getChildren().isEmpty()).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> second.getChildren().isEmpty()).get()).isTrue();
    }

    /**
     * Every node added to the box from now on, in order: a warm-up's node stays for a frame or two
     * only, so looking at the box now and then could miss it.
     */
    private static List<Node> recordAdded(VBox box) throws Exception {
        List<Node> added = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> box.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                added.addAll(change.getAddedSubList());
            }
        })).get();
        return added;
    }

    /** Waits, as frames pass, until such a node has been added. */
    private static Node waitForAdded(List<Node> added, Predicate<Node> wanted) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> added.stream().anyMatch(wanted));
        return added.stream().filter(wanted).findFirst().orElseThrow();
    }

    @Test
    void whatWaitsForTheListsCodeRunsInALaterFrameOnceItIsLoadedAndAtOnceAfterThat(FxRobot robot) throws TimeoutException {
        List<String> ran = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            warmUp.whenListCodeLoaded(first.getScene(), () -> ran.add("first screen"));
            warmUp.whenListCodeLoaded(first.getScene(), () -> ran.add("first screen, asked again"));
            ran.add("after asking first");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ran.size() == 3);

        robot.interact(() -> {
            warmUp.whenListCodeLoaded(first.getScene(), () -> ran.add("second screen"));
            ran.add("after asking again");
        });

        assertThat(ran).containsExactly("after asking first", "first screen", "first screen, asked again",
                "second screen", "after asking again");
    }

    @Test
    void aScreenThatIsNoLongerShownGetsNoHiddenHitAndLeavesItForTheNext() throws Exception {
        VBox gone = new VBox();
        List<Node> addedToFirst = recordAdded(first);
        WaitForAsyncUtils.asyncFx(() -> {
            warmUp.warmUpCells(hits, gone, "Svar", List.of(new Segment("et ord", true)));
            warmUp.warmUpCells(hits, first, "Svar", List.of(new Segment("et ord", true)));
        }).get();

        waitForAdded(addedToFirst, HitCell.class::isInstance);
        assertThat(gone.getChildren()).isEmpty();
    }
}
