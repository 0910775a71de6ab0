package dk.refleksionsbog.app.challenge;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The dialog that names a new challenge; the dialog stays open while the domain rejects the title. */
public final class NewChallengeView {
    private final NewChallengeViewModel viewModel;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Button createButton;

    public NewChallengeView(NewChallengeViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        dialog.setTitle(messages.get("challenge.new.title"));
        dialog.setHeaderText(messages.get("challenge.new.header"));

        Label titleLabel = new Label(messages.get("challenge.new.name"));
        titleLabel.getStyleClass().add("form-label");
        TextField title = new TextField();
        title.setId("challenge-title");
        title.setPromptText(messages.get("challenge.new.name.prompt"));
        title.setAccessibleText(messages.get("challenge.new.name"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        titleLabel.setLabelFor(title);

        Label descriptionLabel = new Label(messages.get("challenge.new.description"));
        descriptionLabel.getStyleClass().add("form-label");
        TextArea description = new TextArea();
        description.setId("challenge-description");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.setAccessibleText(messages.get("challenge.new.description"));
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        descriptionLabel.setLabelFor(description);

        Label problem = new Label();
        problem.setId("challenge-problem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());

        VBox form = new VBox(8, titleLabel, title, descriptionLabel, description, problem);
        form.setPrefWidth(520);
        dialog.getDialogPane().setContent(form);
        ButtonType create = new ButtonType(messages.get("action.create"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, new ButtonType(messages.get("action.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("challenge-create");
        createButton.disableProperty().bind(viewModel.savingProperty());
        dialog.setOnShown(event -> title.requestFocus());
        this.createButton = createButton;
    }

    /** Shows the dialog; once the challenge is stored, {@code onCreated} gets its first loop's id. */
    public void showAndCreate(Window owner, Consumer<UUID> onCreated) {
        DialogStyle.follow(dialog, owner);
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            boolean accepted = viewModel.create(loopId -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onCreated.accept(loopId);
            });
            // The dialog closes itself only after the store has the challenge.
            event.consume();
            if (!accepted) {
                createButton.requestFocus();
            }
        });
        dialog.show();
    }
}
