package dk.refleksionsbog.app.challenge;

import dk.refleksionsbog.app.answer.FocusScroller;
import dk.refleksionsbog.app.answer.TextSelection;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The challenge's details, editable after it was created: everything is autosaved as it is typed,
 * and each free text can show and restore its earlier versions.
 */
public final class ChallengeView {
    private final ChallengeViewModel viewModel;
    private final Messages messages;
    private final Screens screens;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox form = new VBox(8);
    private final List<String> textSelectors = new ArrayList<>();

    public ChallengeView(ChallengeViewModel viewModel, Messages messages, Screens screens) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.screens = screens;
        dialog.setTitle(messages.get("challenge.details.title"));
        dialog.setResizable(true);
        form.getStyleClass().addAll("challenge-details", "form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        scroll.setPrefViewportWidth(620);
        scroll.setPrefViewportHeight(560);
        FocusScroller.install(scroll);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("challenge.details.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        viewModel.loadedProperty().addListener((observable, before, loaded) -> fill());
        if (viewModel.loadedProperty().get()) {
            fill();
        }
    }

    private void fill() {
        boolean readOnly = viewModel.isReadOnly();
        Label heading = new Label(viewModel.sectionTitleProperty().get());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        form.getChildren().setAll(heading);
        if (readOnly) {
            Label shared = new Label(messages.format("challenge.details.shared", viewModel.sharedByProperty().get()),
                    new FontIcon(Feather.SHARE_2));
            shared.setWrapText(true);
            shared.getStyleClass().add("read-only-banner");
            form.getChildren().add(shared);
        }
        if (!viewModel.introProperty().get().isBlank()) {
            form.getChildren().add(hint(viewModel.introProperty().get()));
        }

        // A long title wraps instead of scrolling out of sight; a title is one line, so Enter adds none.
        TextArea title = new TextArea();
        title.setId("details-challenge-title");
        title.setWrapText(true);
        title.setPrefRowCount(2);
        title.setPrefColumnCount(20);
        title.setMinWidth(0);
        title.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().replaceAll("[\\r\\n]+", " "));
            return change;
        }));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        title.setEditable(!readOnly);
        textSelectors.add("#details-challenge-title");
        Label titleProblem = new Label();
        titleProblem.setId("details-title-problem");
        titleProblem.getStyleClass().add("problem");
        titleProblem.setWrapText(true);
        titleProblem.textProperty().bind(viewModel.titleProblemProperty().map(problem -> switch (problem) {
            case NONE -> "";
            case MISSING -> messages.get("challenge.details.titleMissing");
            case TOO_LONG -> messages.get("challenge.details.titleTooLong");
        }));
        titleProblem.managedProperty().bind(titleProblem.textProperty().isNotEmpty());
        titleProblem.visibleProperty().bind(titleProblem.textProperty().isNotEmpty());
        form.getChildren().addAll(label(viewModel.titleLabelProperty().get(), title), title, titleProblem);

        for (ChallengeText text : viewModel.texts()) {
            form.getChildren().add(textField(text, readOnly));
        }
        form.getChildren().addAll(workMode(readOnly), tags(readOnly), problemLabel());
        dialog.setOnShown(event -> title.requestFocus());
    }

    private Node textField(ChallengeText text, boolean readOnly) {
        TextArea area = new TextArea();
        String id = "details-" + text.key().replace('.', '-');
        area.setId(id);
        area.getStyleClass().add("answer");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(20);
        area.setMinWidth(0);
        area.setAccessibleText(text.label() + ": " + text.question());
        area.textProperty().bindBidirectional(text.text());
        area.setEditable(!readOnly);
        textSelectors.add("#" + id);
        VBox box = new VBox(4, label(text.label(), area), hint(text.question()), area);
        box.getStyleClass().add("answer-field");
        if (!readOnly) {
            Button history = new Button(messages.get("history.show"), new FontIcon(Feather.CLOCK));
            history.getStyleClass().addAll("flat", "history-button");
            history.setId("details-history-" + text.key().replace('.', '-'));
            history.setAccessibleText(messages.format("history.show.for", text.label()));
            history.setOnAction(event -> screens.showHistory(dialog.getDialogPane().getScene().getWindow(), messages,
                    viewModel.challengeId(), viewModel.historyField(text), text.text()::set));
            HBox row = new HBox(history);
            row.setAlignment(Pos.CENTER_RIGHT);
            box.getChildren().add(row);
        }
        return box;
    }

    private Node workMode(boolean readOnly) {
        ToggleGroup modes = new ToggleGroup();
        FlowPane choices = new FlowPane(16, 8);
        for (WorkMode mode : WorkMode.values()) {
            RadioButton choice = new RadioButton(messages.get("challenge.details.workMode." + mode.name().toLowerCase()));
            choice.setId("details-work-mode-" + mode.name().toLowerCase());
            choice.setToggleGroup(modes);
            choice.setWrapText(true);
            choice.setSelected(viewModel.workModeProperty().get() == mode);
            choice.setDisable(readOnly);
            choice.setOnAction(event -> viewModel.workModeProperty().set(mode));
            choices.getChildren().add(choice);
        }
        viewModel.workModeProperty().addListener((observable, before, mode) ->
                modes.getToggles().forEach(toggle -> toggle.setSelected(
                        ((RadioButton) toggle).getId().endsWith(mode.name().toLowerCase()))));
        Label label = new Label(messages.get("challenge.details.workMode"));
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        choices.setAccessibleText(label.getText());
        return new VBox(4, label, choices);
    }

    private Node tags(boolean readOnly) {
        TextField tags = new TextField();
        tags.setId("details-tags");
        tags.setPromptText(messages.get("challenge.details.tags.prompt"));
        tags.textProperty().bindBidirectional(viewModel.tagsProperty());
        tags.setEditable(!readOnly);
        return new VBox(4, label(messages.get("challenge.details.tags"), tags), tags);
    }

    private Node problemLabel() {
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        return problem;
    }

    private static Label label(String text, javafx.scene.control.Control control) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        label.setLabelFor(control);
        if (control.getAccessibleText() == null) {
            control.setAccessibleText(text);
        }
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    /**
     * Shows the details; with a focus (a search hit) its words are selected in the text that holds
     * them. {@code onClosed} runs once what was typed is saved.
     */
    public void show(Window owner, TextFocus focus, Runnable onClosed) {
        DialogStyle.follow(dialog, owner);
        dialog.setOnHidden(event -> {
            viewModel.close();
            onClosed.run();
        });
        if (focus != null && !focus.selectText().isEmpty()) {
            Runnable select = () -> TextSelection.selectWhenShown(dialog.getDialogPane(), List.copyOf(textSelectors),
                    focus.selectText(), messages.locale());
            dialog.setOnShown(event -> select.run());
            viewModel.loadedProperty().addListener((observable, before, loaded) -> {
                if (dialog.isShowing()) {
                    select.run();
                }
            });
        }
        dialog.show();
    }
}
