package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.help.Shortcut;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.search.SearchViewModel.State;
import dk.refleksionsbog.core.storage.SearchHit;
import dk.refleksionsbog.app.search.SearchResult.Segment;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search screen: a field, and the hits with their place and the matched words highlighted. */
public final class SearchView {
    private static final Duration WARM_UP_AFTER = Duration.millis(100);
    private final SearchViewModel viewModel;
    private final Messages messages;
    private final VBox root = new VBox();
    private final TextField field = new TextField();
    private final ListView<SearchResult> hits = new ListView<>();
    private final Label status = new Label();

    public SearchView(SearchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        root.getStyleClass().addAll("screen", "search-view");
        root.setSpacing(12);
        Label title = new Label(messages.get("search.title"));
        title.getStyleClass().add("screen-title");

        field.setId("search-field");
        field.setPromptText(messages.get("search.prompt"));
        field.setAccessibleText(messages.get("search.prompt"));
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !hits.getItems().isEmpty()) {
                hits.requestFocus();
                hits.getSelectionModel().selectFirst();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !hits.getItems().isEmpty()) {
                viewModel.open(hits.getItems().get(0));
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

        hits.setId("search-hits");
        hits.getStyleClass().add("search-hits");
        hits.setAccessibleText(messages.get("search.hits"));
        hits.setItems(viewModel.results());
        hits.setCellFactory(list -> new HitCell());
        hits.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        hits.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);

        root.getChildren().addAll(title, field, status, problem, hits);
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
                PauseTransition settled = new PauseTransition(WARM_UP_AFTER);
                settled.setOnFinished(event -> warmUpHitCells());
                settled.play();
            }
        });
    }

    /**
     * The first hits shown after the app started cost ~30 ms of the UI thread in one frame: the
     * list's cells, their skins and text flows run cold (classes loaded, CSS and text layout for
     * the first time). A hidden hit made, styled and laid out once the screen has settled takes
     * much of that cost in a frame of its own, while the leader starts typing.
     */
    private void warmUpHitCells() {
        HitCell probe = new HitCell();
        probe.updateListView(hits);
        probe.updateItem(new SearchResult(SearchHit.Kind.ANSWER, SearchResult.Home.LOOP, null, null, null, null, null,
                null, null, null, null, messages.get("search.hits"),
                List.of(new Segment(messages.get("search.prompt") + " ", false),
                        new Segment(messages.get("search.title"), true))), false);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.resize(Math.max(1, root.getWidth()), Math.max(1, hits.getFixedCellSize()));
        root.getChildren().add(probe);
        // Taken away after the frame that styles and lays it out.
        Platform.runLater(() -> root.getChildren().remove(probe));
    }

    public VBox root() {
        return root;
    }

    private void openSelected() {
        SearchResult selected = hits.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.open(selected);
        }
    }

    private void showState(State state) {
        status.setText(switch (state) {
            case EMPTY -> messages.get("search.empty");
            case SEARCHING -> messages.get("search.searching");
            case NO_HITS -> messages.get("search.noHits");
            case RESULTS -> messages.format("search.count", viewModel.results().size());
        });
        hits.setVisible(state == State.RESULTS);
        hits.setManaged(state == State.RESULTS);
    }

    private static Feather iconOf(SearchHit.Kind kind) {
        return switch (kind) {
            case ENTRY -> Feather.EDIT_3;
            case ANSWER -> Feather.MESSAGE_SQUARE;
            case CHALLENGE -> Feather.FLAG;
            case MEETING -> Feather.USERS;
            case JOB_VISIT -> Feather.BRIEFCASE;
        };
    }

    /**
     * One hit: its kind and place on one line, and up to as many lines of the snippet as the
     * list's fixed cell size leaves room for. The nodes are made once per cell and refilled for
     * each hit: a list of fresh results then costs a text update per visible cell, not new
     * controls, their CSS and a measurement of every hit (which took 18-48 ms of the FX thread
     * for 100 hits).
     */
    private final class HitCell extends ListCell<SearchResult> {
        private final FontIcon icon = new FontIcon(Feather.EDIT_3);
        private final Label meta = new Label(null, icon);
        private final LineClippedTextFlow snippet = new LineClippedTextFlow();
        private final VBox box = new VBox(meta, snippet);

        HitCell() {
            // A cell that asks for no width of its own shortens long places and wraps snippets instead of scrolling sideways.
            setPrefWidth(0);
            meta.getStyleClass().add("entry-meta");
            meta.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
            meta.setMinWidth(0);
            snippet.getStyleClass().add("search-snippet");
            snippet.setMinSize(0, 0);
            VBox.setVgrow(snippet, Priority.ALWAYS);
            box.getStyleClass().add("search-hit");
            box.setMinSize(0, 0);
            // The hit fills the cell (its fixed height and the list's width), so nothing measures its text to size it.
            box.prefWidthProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(),
                    insetsProperty()));
            box.prefHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset()), heightProperty(),
                    insetsProperty()));
            box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            setText(null);
            // Kept as the graphic even while the cell is empty: setting it again would re-apply CSS to all of it.
            box.setVisible(false);
            setGraphic(box);
        }

        @Override
        protected void updateItem(SearchResult result, boolean empty) {
            super.updateItem(result, empty);
            if (empty || result == null) {
                box.setVisible(false);
                setAccessibleText(null);
                return;
            }
            meta.setText(result.label());
            icon.setIconCode(iconOf(result.kind()));
            String plain = snippet.show(result.segments());
            box.setVisible(true);
            setAccessibleText(meta.getText() + ": " + plain);
        }
    }
}
