package dk.refleksionsbog.app.history;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import dk.refleksionsbog.core.domain.text.Revision;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "earlier versions" dialog: the versions with their time, the chosen one in full, and Restore. */
public final class HistoryView {
    private static final int PREVIEW_LENGTH = 80;

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public HistoryView(HistoryViewModel viewModel, Messages messages) {
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        dialog.setTitle(messages.get("history.title"));
        dialog.setResizable(true);

        ListView<Revision> list = new ListView<>(viewModel.revisions());
        list.setId("history-list");
        list.setAccessibleText(messages.get("history.list"));
        list.setPlaceholder(new Label(messages.get("history.none")));
        list.setCellFactory(view -> new ListCell<>() {
            {
                // A cell that asks for no width of its own wraps the preview instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Revision revision, boolean empty) {
                super.updateItem(revision, empty);
                if (empty || revision == null) {
                    setText(null);
                    return;
                }
                setText(times.format(revision.savedAt()) + "\n" + preview(revision.text(), messages));
                setWrapText(true);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, revision) -> {
            if (revision != null) {
                viewModel.selectedProperty().set(revision);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, revision) -> {
            if (revision != null && list.getSelectionModel().getSelectedItem() != revision) {
                list.getSelectionModel().select(revision);
            }
        });

        TextArea full = new TextArea();
        full.setId("history-text");
        full.setEditable(false);
        full.setWrapText(true);
        full.setPrefColumnCount(20);
        full.setPrefRowCount(5);
        full.setMinWidth(0);
        full.setAccessibleText(messages.get("history.chosen"));
        viewModel.selectedProperty().addListener((observable, before, revision) ->
                full.setText(revision == null ? "" : revision.text()));

        Button restore = new Button(messages.get("history.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("history-restore");
        restore.setAccessibleText(messages.get("history.restore.help"));
        restore.disableProperty().bind(viewModel.selectedProperty().isNull());
        restore.setOnAction(event -> viewModel.restoreSelected());

        Label hint = new Label(messages.get("history.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());

        // The versions above the chosen one, so both keep the dialog's whole width at any text size.
        VBox.setVgrow(full, Priority.ALWAYS);
        VBox content = new VBox(12, hint, list, full, restore, problem);
        content.getStyleClass().add("history-view");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("history.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private static String preview(String text, Messages messages) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return messages.get("history.emptyText");
        }
        return line.length() <= PREVIEW_LENGTH ? line : line.substring(0, PREVIEW_LENGTH) + "…";
    }

    public void show(Window owner) {
        DialogStyle.follow(dialog, owner);
        dialog.show();
    }
}
