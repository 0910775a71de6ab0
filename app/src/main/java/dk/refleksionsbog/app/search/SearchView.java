package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.help.Shortcut;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.search.SearchResult.Segment;
import dk.refleksionsbog.app.search.SearchViewModel.State;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The search screen: a field, and the hits with their place and the matched words highlighted.
 *
 * <p>The screen is shown in one frame and finished in the frames after. In the first app run,
 * opening it cost the UI thread ~23 ms to build and ~23 ms more to style, a third of each for the
 * hit list (a list control and its skin, made for the first time). The list is hidden until there
 * are hits, so it is added after the screen's first frame, once its code is loaded, and its cells
 * are warmed up after that, once per app run (see {@link HitListWarmUp}).
 */
public final class SearchView {
    private final SearchViewModel viewModel;
    private final Messages messages;
    private final HitListWarmUp warmUp;
    private final VBox root = new VBox();
    private final TextField field = new TextField();
    private final Label status = new Label();
    /** Null until added; see the class comment. */
    private HitList hits;

    public SearchView(SearchViewModel viewModel, Messages messages, HitListWarmUp warmUp) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.warmUp = warmUp;
        root.getStyleClass().addAll("screen", "search-view");
        root.setSpacing(12);
        Label title = new Label(messages.get("search.title"));
        title.getStyleClass().add("screen-title");

        field.setId("search-field");
        field.setPromptText(messages.get("search.prompt"));
        field.setAccessibleText(messages.get("search.prompt"));
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !viewModel.results().isEmpty()) {
                hits().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !viewModel.results().isEmpty()) {
                viewModel.open(viewModel.results().get(0));
                event.consume();
            }
        });

        status.getStyleClass().add("hint");
        status.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        root.getChildren().addAll(title, field, status, problem);
        viewModel.stateProperty().addListener((observable, before, state) -> showState(state));
        showState(viewModel.stateProperty().get());

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (KeyCombination.valueOf(Shortcut.SEARCH.combination()).match(event)) {
                field.requestFocus();
                field.selectAll();
                event.consume();
            }
        });
        root.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                Platform.runLater(field::requestFocus);
                if (hits == null) {
                    warmUp.whenListCodeLoaded(scene, this::addHitsWhileShown);
                }
            }
        });
    }

    public VBox root() {
        return root;
    }

    /** The hit list, added below the rest when first needed. */
    private HitList hits() {
        if (hits == null) {
            hits = new HitList(viewModel, messages);
            hits.show(viewModel.stateProperty().get() == State.RESULTS);
            root.getChildren().add(hits.node());
        }
        return hits;
    }

    /** The hit list comes after the screen's first frame (see the class comment), its cells' warm-up after it. */
    private void addHitsWhileShown() {
        if (root.getScene() != null) {
            hits();
            NextFrame.afterNext(root.getScene(), this::warmUpHitCells);
        }
    }

    private void warmUpHitCells() {
        warmUp.warmUpCells(hits.node(), root, messages.get("search.hits"),
                List.of(new Segment(messages.get("search.prompt") + " ", false),
                        new Segment(messages.get("search.title"), true)));
    }

    private void showState(State state) {
        status.setText(switch (state) {
            case EMPTY -> messages.get("search.empty");
            case SEARCHING -> messages.get("search.searching");
            case NO_HITS -> messages.get("search.noHits");
            case RESULTS -> messages.format("search.count", viewModel.results().size());
        });
        if (state == State.RESULTS || hits != null) {
            hits().show(state == State.RESULTS);
        }
    }
}
