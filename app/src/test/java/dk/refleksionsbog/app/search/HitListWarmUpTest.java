package dk.refleksionsbog.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.search.SearchResult.Segment;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    void aHiddenHitIsLaidOutInTheFirstSearchScreenOnlyAndTakenAwayAfterItsFrame() throws Exception {
        List<List<Node>> added = WaitForAsyncUtils.asyncFx(() -> {
            warmUp.warmUpCells(hits, first, "Svar", List.of(new Segment("et ord", true)));
            warmUp.warmUpCells(hits, second, "Svar", List.of(new Segment("et ord", true)));
            return List.of(List.copyOf(first.getChildren()), List.copyOf(second.getChildren()));
        }).get();

        assertThat(added.get(0)).singleElement().isInstanceOf(HitCell.class)
                .matches(probe -> !probe.isVisible() && !probe.isManaged(), "hidden and outside the layout");
        assertThat(added.get(1)).isEmpty();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> first.getChildren().isEmpty());
    }

    @Test
    void whatWaitsForTheListsCodeRunsOnceItIsLoadedAndAtOnceAfterThat(FxRobot robot) throws TimeoutException {
        List<String> ran = new CopyOnWriteArrayList<>();
        robot.interact(() -> warmUp.whenListCodeLoaded(() -> ran.add("first screen")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ran.isEmpty());

        robot.interact(() -> {
            warmUp.loadListCode();
            warmUp.whenListCodeLoaded(() -> ran.add("second screen"));
            ran.add("after asking");
        });

        assertThat(ran).containsExactly("first screen", "second screen", "after asking");
    }

    @Test
    void aScreenThatIsNoLongerShownGetsNoHiddenHitAndLeavesItForTheNext() throws Exception {
        VBox gone = new VBox();
        List<Integer> added = WaitForAsyncUtils.asyncFx(() -> {
            warmUp.warmUpCells(hits, gone, "Svar", List.of(new Segment("et ord", true)));
            warmUp.warmUpCells(hits, first, "Svar", List.of(new Segment("et ord", true)));
            return List.of(gone.getChildren().size(), first.getChildren().size());
        }).get();

        assertThat(added).containsExactly(0, 1);
    }
}
