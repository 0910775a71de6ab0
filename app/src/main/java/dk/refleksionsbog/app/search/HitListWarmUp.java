package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.search.SearchResult.Segment;
import dk.refleksionsbog.core.storage.SearchHit;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.layout.Pane;

/**
 * The search screen's hit list runs cold the first time in an app run, and each cold part took a
 * frame's worth of the UI thread or more: the list control and its skin ~16 ms (classes loaded,
 * ~90 key bindings linked), making the first hit's cell ~7 ms and styling it ~9 ms, a list filling
 * and styling its first cells ~10 ms, all of it in the first hits' frame before any warm-up. These
 * costs belong to the app run, not to one opening of the screen, so the app keeps one of these for
 * all search screens. Each in a frame of its own after the screen's first frame: the list's code
 * runs once (a list made, then its skin, both dropped), the real list is added, a hidden hit is made,
 * then styled and laid out, and then a transparent list of such hits is laid out (see {@link NextFrame}).
 */
public final class HitListWarmUp {
    private enum ListCode { COLD, LOADING, LOADED }

    private ListCode listCode = ListCode.COLD;
    private final List<Runnable> waitingForListCode = new ArrayList<>();
    private boolean cellsWarm;

    /**
     * Runs the action once the list's code has run in this app run: the first time, a list is made
     * in a frame of its own after what the scene holds now has been drawn, its skin in the next
     * frame (both dropped), and the action runs in the frame after that; later at once. All of it on the JavaFX
     * thread: JavaFX's shared style tables (its pseudo-class registry, filled as control classes are
     * first set up) are not safe for two threads setting up controls at the same time.
     */
    void whenListCodeLoaded(Scene scene, Runnable action) {
        if (listCode == ListCode.LOADED) {
            action.run();
            return;
        }
        waitingForListCode.add(action);
        if (listCode == ListCode.COLD) {
            listCode = ListCode.LOADING;
            NextFrame.afterNext(scene, () -> {
                // The control's code and its skin's code, each in a frame of its own: together ~15 ms cold.
                ListView<SearchResult> list = new ListView<>();
                NextFrame.run(scene, () -> {
                    new ListViewSkin<>(list);
                    listCode = ListCode.LOADED;
                    NextFrame.afterNext(scene, this::runWaiting);
                });
            });
        }
    }

    private void runWaiting() {
        List<Runnable> waiting = List.copyOf(waitingForListCode);
        waitingForListCode.clear();
        waiting.forEach(Runnable::run);
    }

    /**
     * Makes one hidden hit now, styles and lays it out in the host's next frame, and then a
     * transparent list of them in the frame after; unless that was done before in this app run.
     */
    void warmUpCells(ListView<SearchResult> hits, Pane host, String label, List<Segment> segments) {
        if (cellsWarm || host.getScene() == null) {
            return;
        }
        cellsWarm = true;
        HitCell probe = new HitCell();
        probe.updateListView(hits);
        probe.updateItem(new SearchResult(SearchHit.Kind.ANSWER, SearchResult.Home.LOOP, null, null, null, null, null,
                null, null, null, null, label, segments), false);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.resize(Math.max(1, host.getWidth()), Math.max(1, hits.getFixedCellSize()));
        // Made in this frame and styled in the next: making a cell the first time takes ~7 ms, its styling ~9.
        Scene scene = host.getScene();
        NextFrame.run(scene, () -> {
            host.getChildren().add(probe);
            NextFrame.afterNext(scene, () -> {
                host.getChildren().remove(probe);
                warmUpList(hits, host, probe.getItem());
            });
        });
    }

    /**
     * The cold part a hidden hit does not reach: a list filling its cells, styling them as cells of
     * this list, and showing its scroll bar (~10 ms of the first hits' frame). A list of the same
     * kind, two hits high with three in it, drawn fully transparent and out of reach of mouse and
     * keyboard, does that once, in a frame of its own.
     */
    private static void warmUpList(ListView<SearchResult> hits, Pane host, SearchResult hit) {
        Scene scene = host.getScene();
        if (scene == null) {
            return;
        }
        ListView<SearchResult> probe = new ListView<>(FXCollections.observableArrayList(hit, hit, hit));
        probe.getStyleClass().setAll(hits.getStyleClass());
        probe.setCellFactory(hits.getCellFactory());
        probe.setManaged(false);
        probe.setOpacity(0);
        probe.setMouseTransparent(true);
        probe.setFocusTraversable(false);
        probe.resize(Math.max(1, host.getWidth()), 2 * Math.max(1, hits.getFixedCellSize()));
        host.getChildren().add(probe);
        NextFrame.afterNext(scene, () -> host.getChildren().remove(probe));
    }
}
