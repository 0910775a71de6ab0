package dk.refleksionsbog.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.search.SearchResult.Segment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
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
        WaitForAsyncUtils.asyncFx(() -> {
            warmUp.warmUpCells(hits, first, "Svar", List.of(new Segment("et ord", true)));
            warmUp.warmUpCells(hits, second, "Svar", List.of(new Segment("et ord", true)));
        }).get();

        HitCell probe = (HitCell) waitForChildOf(first, HitCell.class::isInstance);
        assertThat(probe.isVisible()).isFalse();
        assertThat(probe.isManaged()).isFalse();
        ListView<?> probeList = (ListView<?>) waitForChildOf(first, ListView.class::isInstance);
        assertThat(probeList.getOpacity()).isZero();
        assertThat(probeList.isMouseTransparent()).isTrue();
        assertThat(probeList.isManaged()).isFalse();
        assertThat(probeList.getStyleClass()).isEqualTo(hits.getStyleClass());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> first.getChildren().isEmpty()).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> second.getChildren().isEmpty()).get()).isTrue();
    }

    /** Waits, as frames pass, until the box holds such a node. */
    private static Node waitForChildOf(VBox box, Predicate<Node> wanted) throws TimeoutException {
        Node[] found = new Node[1];
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            box.getChildren().stream().filter(wanted).findFirst().ifPresent(node -> found[0] = node);
            return found[0] != null;
        }).get());
        return found[0];
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
        WaitForAsyncUtils.asyncFx(() -> {
            warmUp.warmUpCells(hits, gone, "Svar", List.of(new Segment("et ord", true)));
            warmUp.warmUpCells(hits, first, "Svar", List.of(new Segment("et ord", true)));
        }).get();

        waitForChildOf(first, HitCell.class::isInstance);
        assertThat(gone.getChildren()).isEmpty();
    }
}
