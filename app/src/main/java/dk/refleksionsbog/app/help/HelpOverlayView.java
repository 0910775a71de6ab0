package dk.refleksionsbog.app.help;

import dk.refleksionsbog.app.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A calm sheet over the window listing the shortcuts; Esc or a click outside closes it. */
public final class HelpOverlayView {
    private final StackPane root = new StackPane();

    public HelpOverlayView(HelpOverlayViewModel viewModel, Messages messages) {
        Label title = new Label(messages.get("help.title"));
        title.getStyleClass().add("help-sheet-title");
        GridPane keys = new GridPane();
        keys.getStyleClass().add("shortcut-grid");
        int row = 0;
        for (Shortcut shortcut : viewModel.shortcuts()) {
            String keysText = KeyCombination.valueOf(shortcut.combination()).getDisplayText();
            if (shortcut == Shortcut.HELP) {
                keysText += "  /  " + KeyCombination.valueOf(Shortcut.HELP_ALTERNATIVE.combination()).getDisplayText();
            }
            Label combination = new Label(keysText);
            combination.getStyleClass().add("key-cap");
            Label meaning = new Label(messages.get(shortcut.messageKey()));
            meaning.setWrapText(true);
            keys.addRow(row++, combination, meaning);
        }
        Button close = new Button(messages.get("action.close"));
        close.setOnAction(event -> viewModel.close());
        close.setDefaultButton(true);
        VBox sheet = new VBox(title, keys, close);
        sheet.getStyleClass().add("help-sheet");
        sheet.setAccessibleRole(AccessibleRole.DIALOG);
        sheet.setAccessibleText(messages.get("help.title"));
        sheet.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        sheet.setOnMouseClicked(event -> event.consume());
        root.getChildren().add(sheet);
        StackPane.setAlignment(sheet, Pos.CENTER);
        root.getStyleClass().add("overlay-backdrop");
        root.setOnMouseClicked(event -> viewModel.close());
        root.visibleProperty().bind(viewModel.showingProperty());
        root.managedProperty().bind(viewModel.showingProperty());
        viewModel.showingProperty().addListener((observable, before, showing) -> {
            if (showing) {
                close.requestFocus();
            }
        });
        // Built when first shown: the first showing is over before this view exists.
        root.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null && viewModel.showingProperty().get()) {
                close.requestFocus();
            }
        });
    }

    public StackPane root() {
        return root;
    }
}
