package dk.refleksionsbog.app.sharing;

import dk.refleksionsbog.app.files.FileDialogs;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File › Del loop / Del udfordring / Eksporter hele journalen / Eksporter mine kommentarer: the
 * sender's name, the passphrase, then where to save.
 */
public final class ExportView {
    private final ExportViewModel viewModel;
    private final Messages messages;
    private final FileDialogs fileDialogs;
    private final Dialog<Void> dialog = new Dialog<>();

    public ExportView(ExportViewModel viewModel, Messages messages, FileDialogs fileDialogs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.fileDialogs = fileDialogs;
    }

    public void show(Window owner) {
        String scope = viewModel.scope().name().toLowerCase();
        DialogStyle.follow(dialog, owner);
        dialog.setTitle(messages.get("share.title." + scope));
        dialog.setHeaderText(messages.get("share.title." + scope));
        dialog.getDialogPane().getButtonTypes()
                .add(new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        Label explanation = new Label(messages.get("share.explain." + scope));
        explanation.setWrapText(true);
        Label nameLabel = new Label(messages.get("share.yourName"));
        nameLabel.getStyleClass().add("form-label");
        TextField name = new TextField();
        name.setId("share-your-name");
        name.setPromptText(messages.get("share.yourName.prompt"));
        name.setAccessibleText(messages.get("share.yourName"));
        name.textProperty().bindBidirectional(viewModel.yourNameProperty());
        nameLabel.setLabelFor(name);
        VBox sender = new VBox(4, nameLabel, name);
        CheckBox encrypt = new CheckBox(messages.get("share.encrypt"));
        encrypt.setId("share-encrypt");
        encrypt.selectedProperty().bindBidirectional(viewModel.encryptProperty());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("share-passphrase");
        passphrase.setPromptText(messages.format("share.passphrase", ExportViewModel.minimumPassphraseLength()));
        passphrase.setAccessibleText(passphrase.getPromptText());
        passphrase.textProperty().bindBidirectional(viewModel.passphraseProperty());
        PasswordField repeated = new PasswordField();
        repeated.setId("share-passphrase-again");
        repeated.setPromptText(messages.get("share.passphraseAgain"));
        repeated.setAccessibleText(repeated.getPromptText());
        repeated.textProperty().bindBidirectional(viewModel.repeatedPassphraseProperty());
        Label passphraseHint = new Label(messages.get("share.passphraseHint"));
        passphraseHint.setWrapText(true);
        passphraseHint.getStyleClass().add("hint");
        VBox secret = new VBox(8, passphrase, repeated, passphraseHint);
        secret.visibleProperty().bind(viewModel.encryptProperty());
        secret.managedProperty().bind(viewModel.encryptProperty());

        Label passphraseProblem = new Label();
        passphraseProblem.getStyleClass().add("problem");
        passphraseProblem.setWrapText(true);
        viewModel.passphraseProblemProperty().addListener((observable, before, problem) -> passphraseProblem.setText(
                problem == null ? "" : messages.format("share.passphrase." + problem.name().toLowerCase(),
                        ExportViewModel.minimumPassphraseLength())));

        Button save = new Button(messages.get("share.save"), new FontIcon(Feather.SHARE));
        save.setId("share-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.passphraseProblemProperty().isNotNull());
        save.setOnAction(event -> chooseFile());
        Label result = new Label();
        result.setWrapText(true);
        viewModel.exportedProperty().addListener((observable, before, file) ->
                result.setText(file == null ? "" : messages.format("share.saved", file)));
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        // Empty messages take no room, so the dialog does not open with a gap under its button.
        for (Label message : new Label[] {passphraseProblem, result, problem}) {
            message.managedProperty().bind(message.textProperty().isNotEmpty());
            message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        VBox content = new VBox(12, explanation, sender, encrypt, secret, passphraseProblem, save, result, problem);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        viewModel.load();
        dialog.show();
    }

    private void chooseFile() {
        fileDialogs.save(dialog.getDialogPane().getScene().getWindow(), dialog.getTitle(),
                viewModel.suggestedFileName(),
                new FileDialogs.FileKind(messages.get("share.fileType"), "*" + ExportViewModel.EXTENSION))
                .ifPresent(viewModel::export);
    }
}
