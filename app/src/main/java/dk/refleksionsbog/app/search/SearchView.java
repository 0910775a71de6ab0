package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.help.Shortcut;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.search.SearchResult.Segment;
import dk.refleksionsbog.app.search.SearchViewModel.State;
import dk.refleksionsbog.core.storage.SearchHit;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search screen: a field, and the hits with their place and the matched words highlighted. */
public final class SearchView {
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
            }
        });
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

    /** "Udfordring › loop 2 › Planlægning", leaving out what the hit has not. */
    private String location(SearchResult result) {
        List<String> parts = new ArrayList<>();
        if (result.ownerTitle() != null && !result.ownerTitle().isBlank()) {
            parts.add(result.ownerTitle());
        }
        if (result.challengeTitle() != null) {
            parts.add(result.challengeTitle());
        }
        if (result.loopNumber() != null) {
            parts.add(messages.format("search.loop", result.loopNumber()));
        }
        if (result.phaseTitle() != null) {
            parts.add(result.phaseTitle());
        }
        return String.join(" › ", parts);
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

    private final class HitCell extends ListCell<SearchResult> {
        HitCell() {
            // A cell that asks for no width of its own wraps long places and snippets instead of scrolling sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchResult result, boolean empty) {
            super.updateItem(result, empty);
            if (empty || result == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            String kind = messages.get("search.kind." + result.kind().name().toLowerCase());
            String where = location(result);
            Label meta = new Label(where.isEmpty() ? kind : kind + " · " + where, new FontIcon(iconOf(result.kind())));
            meta.getStyleClass().add("entry-meta");
            meta.setWrapText(true);
            TextFlow snippet = new TextFlow();
            snippet.getStyleClass().add("search-snippet");
            StringBuilder plain = new StringBuilder();
            for (Segment segment : result.segments()) {
                Text text = new Text(segment.text());
                text.getStyleClass().add(segment.matched() ? "search-match" : "search-text");
                snippet.getChildren().add(text);
                plain.append(segment.text());
            }
            snippet.prefWidthProperty().bind(getListView().widthProperty().subtract(48));
            meta.prefWidthProperty().bind(snippet.prefWidthProperty());
            meta.setMinHeight(Label.USE_PREF_SIZE);
            VBox box = new VBox(4, meta, snippet);
            box.getStyleClass().add("search-hit");
            setText(null);
            setGraphic(box);
            setAccessibleText(meta.getText() + ": " + plain);
        }
    }
}
