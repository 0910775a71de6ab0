package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.search.SearchResult.Segment;
import dk.refleksionsbog.core.storage.SearchHit;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.layout.Pane;

/**
 * The search screen's hit list runs cold the first time in an app run, and each cold part took a
 * frame's worth of the UI thread or more: the list control and its skin ~16 ms (classes loaded,
 * ~90 key bindings linked), the first hit's cell, its text flow, CSS and text layout ~10 ms more,
 * and the first hits shown ~30 ms in one frame before any warm-up. These costs belong to the app
 * run, not to one opening of the screen, so the app keeps one of these for all search screens:
 * the list's code is loaded on a thread of its own while the screen's first frame is drawn, and a
 * hidden hit is styled and laid out once, in a frame of its own.
 */
public final class HitListWarmUp {
    private enum ListCode { COLD, LOADING, LOADED }

    private ListCode listCode = ListCode.COLD;
    private final List<Runnable> waitingForListCode = new ArrayList<>();
    private boolean cellsWarm;

    /** Starts loading the list's code on another thread, unless that was done before in this app run. */
    void loadListCode() {
        if (listCode != ListCode.COLD) {
            return;
        }
        listCode = ListCode.LOADING;
        Thread loader = new Thread(() -> {
            try {
                // Made off-scene and dropped; nodes that are in no scene may be made on any thread.
                new ListViewSkin<>(new ListView<SearchResult>());
            } finally {
                Platform.runLater(this::listCodeLoaded);
            }
        }, "hit-list-warm-up");
        loader.setDaemon(true);
        loader.start();
    }

    /** Runs the action once the list's code is loaded: at once if it is. */
    void whenListCodeLoaded(Runnable action) {
        if (listCode == ListCode.LOADED) {
            action.run();
            return;
        }
        waitingForListCode.add(action);
        loadListCode();
    }

    private void listCodeLoaded() {
        listCode = ListCode.LOADED;
        List<Runnable> waiting = List.copyOf(waitingForListCode);
        waitingForListCode.clear();
        waiting.forEach(Runnable::run);
    }

    /** Lays out one hidden hit in the host's next frame, unless that was done before in this app run. */
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
        host.getChildren().add(probe);
        AfterLayout.then(host.getScene(), () -> host.getChildren().remove(probe));
    }
}
