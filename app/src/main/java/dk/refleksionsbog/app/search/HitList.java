package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.i18n.Messages;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The hits of the last search; a hit opens with Enter or a double click. */
final class HitList {
    private final ListView<SearchResult> list = new ListView<>();
    private final SearchViewModel viewModel;

    HitList(SearchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        list.setId("search-hits");
        list.getStyleClass().add("search-hits");
        list.setAccessibleText(messages.get("search.hits"));
        list.setItems(viewModel.results());
        list.setCellFactory(view -> new HitCell());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    ListView<SearchResult> node() {
        return list;
    }

    void show(boolean shown) {
        list.setVisible(shown);
        list.setManaged(shown);
    }

    void selectFirst() {
        list.requestFocus();
        list.getSelectionModel().selectFirst();
    }

    private void openSelected() {
        SearchResult selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            viewModel.open(selected);
        }
    }
}
