package dk.refleksionsbog.app.comment;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The small comment editor: the quoted text, the comment, and the user's name the first time. */
public final class CommentEditorView {
    /** Longer texts are shortened in the quote; the whole text stays visible in the loop behind the dialog. */
    private static final int QUOTE_LENGTH = 400;

    private final CommentEditorViewModel viewModel;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Button saveButton;
    private final TextArea text = new TextArea();
    private final TextField author = new TextField();
    private final ScrollPane scroll = new ScrollPane();

    public CommentEditorView(CommentEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        CommentTarget target = viewModel.target();
        dialog.setTitle(messages.get("comment.title"));
        dialog.setHeaderText(target.what().isBlank() ? messages.get("comment.title")
                : messages.format("comment.header", target.what()));
        dialog.setResizable(true);

        Label quote = new Label(shortened(target.text()));
        quote.getStyleClass().add("comment-quote");
        quote.setWrapText(true);
        // A dialog sizes itself once; without this, wrapped text is cut to one line with an ellipsis.
        quote.setMinHeight(Region.USE_PREF_SIZE);
        quote.setAccessibleText(messages.format("comment.quote", target.text()));

        Label textLabel = formLabel("comment.text");
        text.setId("comment-text");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPromptText(messages.get("comment.text.prompt"));
        text.setAccessibleText(messages.get("comment.text"));
        text.textProperty().bindBidirectional(viewModel.textProperty());
        textLabel.setLabelFor(text);

        VBox form = new VBox(8, quote, textLabel, text, nameRow());
        Label missing = problemLabel();
        viewModel.missingProperty().addListener((observable, before, what) -> missing.setText(
                what == null ? "" : messages.get("comment.missing." + what.name().toLowerCase())));
        Label problem = problemLabel();
        problem.textProperty().bind(viewModel.problemProperty());
        Label appendOnly = new Label(messages.get("comment.appendOnly"));
        appendOnly.getStyleClass().add("hint");
        appendOnly.setWrapText(true);
        appendOnly.setMinHeight(Region.USE_PREF_SIZE);
        form.getChildren().addAll(missing, problem, appendOnly);
        form.getStyleClass().add("comment-editor");
        form.setPrefWidth(540);
        scroll.setContent(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-scroll");
        dialog.getDialogPane().setContent(scroll);

        ButtonType save = new ButtonType(messages.get("comment.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("comment-save");
        saveButton.disableProperty().bind(viewModel.savingProperty());
        // Ctrl+Enter saves from inside the text, where Enter makes a new line.
        dialog.getDialogPane().setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                saveButton.fire();
                event.consume();
            }
        });
        // The name field appears once the journal says no name is known yet; the dialog grows to hold it.
        viewModel.askForNameProperty().addListener((observable, before, asking) -> {
            if (dialog.isShowing()) {
                fitToScreen();
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.setOnShown(event -> (viewModel.askForNameProperty().get() && author.getText().isBlank() ? author : text)
                .requestFocus());
    }

    /** "Du kommenterer som Mette · Skift navn", or the name field when the name is not known yet. */
    private VBox nameRow() {
        Label nameLabel = formLabel("comment.author");
        author.setId("comment-author");
        author.setPromptText(messages.get("comment.author.prompt"));
        author.setAccessibleText(messages.get("comment.author"));
        author.textProperty().bindBidirectional(viewModel.authorProperty());
        nameLabel.setLabelFor(author);
        Label nameHint = new Label(messages.get("comment.author.hint"));
        nameHint.getStyleClass().add("hint");
        nameHint.setWrapText(true);
        nameHint.setMinHeight(Region.USE_PREF_SIZE);
        VBox asking = new VBox(4, nameLabel, author, nameHint);

        Label signedAs = new Label();
        signedAs.setWrapText(true);
        signedAs.setMinHeight(Region.USE_PREF_SIZE);
        signedAs.textProperty().bind(viewModel.authorProperty().map(name -> messages.format("comment.signedAs", name)));
        Hyperlink change = new Hyperlink(messages.get("comment.changeName"));
        change.setId("comment-change-name");
        change.setAccessibleText(messages.get("comment.changeName"));
        change.setOnAction(event -> {
            viewModel.changeName();
            author.requestFocus();
        });
        HBox known = new HBox(6, signedAs, change);
        known.getStyleClass().add("comment-signed");

        asking.visibleProperty().bind(viewModel.askForNameProperty());
        asking.managedProperty().bind(asking.visibleProperty());
        known.visibleProperty().bind(viewModel.askForNameProperty().not());
        known.managedProperty().bind(known.visibleProperty());
        return new VBox(asking, known);
    }

    /**
     * With large text the editor may be taller than the screen; then its form scrolls, so the
     * buttons stay in reach.
     */
    private void fitToScreen() {
        Window owner = dialog.getOwner();
        Rectangle2D screen = owner == null ? Screen.getPrimary().getVisualBounds()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                        Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary())
                        .getVisualBounds();
        dialog.getDialogPane().applyCss();
        Node form = scroll.getContent();
        double needed = form.prefHeight(form.prefWidth(-1));
        scroll.setPrefViewportHeight(Math.min(needed, screen.getHeight() * 0.6));
    }

    private Label formLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        return label;
    }

    private static Label problemLabel() {
        Label label = new Label();
        label.getStyleClass().add("problem");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static String shortened(String quoted) {
        String flat = quoted.strip();
        return flat.length() <= QUOTE_LENGTH ? flat : flat.substring(0, QUOTE_LENGTH).stripTrailing() + "…";
    }

    /** Shows the editor; {@code onSaved} gets the comment once it is stored, and the editor closes. */
    public void showAndSave(Window owner, Consumer<SparringComment> onSaved) {
        DialogStyle.follow(dialog, owner);
        fitToScreen();
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(comment -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onSaved.accept(comment);
            });
        });
        viewModel.load();
        dialog.show();
    }
}
