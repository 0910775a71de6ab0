package dk.refleksionsbog.app.entry;

import dk.refleksionsbog.app.i18n.DateInputFormat;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.i18n.PhaseTexts;
import dk.refleksionsbog.app.main.DialogStyle;
import dk.refleksionsbog.app.main.MainViewModel.EntryTarget;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The quick-entry dialog: kind, text, date, tags with completion, evidence level for observations. */
public final class QuickEntryView {
    private final QuickEntryViewModel viewModel;
    private final Messages messages;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Button saveButton;
    private final TextArea text = new TextArea();

    public QuickEntryView(QuickEntryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        dialog.setTitle(messages.get("entry.new.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        FlowPane kinds = new FlowPane(4, 4);
        ToggleGroup kindGroup = new ToggleGroup();
        for (EntryKind kind : EntryKind.values()) {
            ToggleButton button = new ToggleButton(kindLabel(kind));
            button.setId("entry-kind-" + kind.name().toLowerCase());
            button.setToggleGroup(kindGroup);
            button.setUserData(kind);
            button.setSelected(kind == viewModel.kindProperty().get());
            button.setOnAction(event -> {
                button.setSelected(true);
                viewModel.kindProperty().set(kind);
            });
            kinds.getChildren().add(button);
        }
        kinds.setAccessibleText(messages.get("entry.kind"));

        text.setId("entry-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText(messages.get("entry.text.prompt"));
        text.setAccessibleText(messages.get("entry.text"));
        text.textProperty().bindBidirectional(viewModel.textProperty());

        DatePicker date = new DatePicker();
        date.setId("entry-date");
        date.setConverter(DateInputFormat.converter(messages));
        date.setAccessibleText(messages.get("entry.date"));
        date.valueProperty().bindBidirectional(viewModel.occurredOnProperty());

        ComboBox<EvidenceLevel> evidence = new ComboBox<>();
        evidence.setId("entry-evidence");
        evidence.getItems().add(null);
        evidence.getItems().addAll(EvidenceLevel.values());
        evidence.setCellFactory(list -> evidenceCell());
        evidence.setButtonCell(evidenceCell());
        evidence.valueProperty().bindBidirectional(viewModel.evidenceLevelProperty());
        evidence.setAccessibleText(messages.get("entry.evidence"));
        Label evidenceLabel = label("entry.evidence");
        VBox evidenceBox = new VBox(4, evidenceLabel, evidence);
        evidenceBox.visibleProperty().bind(viewModel.evidenceApplies());
        evidenceBox.managedProperty().bind(viewModel.evidenceApplies());

        VBox form = new VBox(8, label("entry.kind"), kinds, label("entry.text"), text, new HBox(16,
                new VBox(4, label("entry.date"), date), evidenceBox), label("entry.tags"), tagEditor());
        if (viewModel.hasTarget()) {
            EntryTarget target = viewModel.target();
            CheckBox link = new CheckBox(messages.format("entry.link", target.challengeTitle(), target.loopNumber(),
                    PhaseTexts.title(messages, target.phase())));
            link.setId("entry-link");
            link.setWrapText(true);
            link.selectedProperty().bindBidirectional(viewModel.linkedToLoopProperty());
            form.getChildren().add(link);
        }
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        form.getChildren().add(problem);
        form.setPrefWidth(560);
        dialog.getDialogPane().setContent(form);

        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("entry-save");
        // Ctrl+Enter saves from inside the text, where Enter makes a new line.
        dialog.getDialogPane().setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                saveButton.fire();
                event.consume();
            }
        });
        dialog.setOnShown(event -> text.requestFocus());
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        return label;
    }

    private String kindLabel(EntryKind kind) {
        return messages.get("entry.kind." + kind.name().toLowerCase());
    }

    private ListCell<EvidenceLevel> evidenceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(EvidenceLevel level, boolean empty) {
                super.updateItem(level, empty);
                setText(empty ? null : level == null ? messages.get("entry.evidence.none")
                        : messages.get("entry.evidence." + level.name().toLowerCase()));
            }
        };
    }

    private VBox tagEditor() {
        TextField input = new TextField();
        input.setId("entry-tag-input");
        input.setPromptText(messages.get("entry.tags.prompt"));
        input.setAccessibleText(messages.get("entry.tags"));
        input.textProperty().bindBidirectional(viewModel.tagInputProperty());
        ContextMenu completion = new ContextMenu();
        completion.setId("tag-completion");
        input.textProperty().addListener((observable, before, typed) -> showSuggestions(input, completion));
        input.focusedProperty().addListener((observable, before, focused) -> {
            if (focused) {
                showSuggestions(input, completion);
            } else {
                completion.hide();
            }
        });
        input.setOnAction(event -> {
            viewModel.addTypedTag();
            completion.hide();
        });
        FlowPane chosen = new FlowPane(6, 6);
        chosen.getStyleClass().add("tag-row");
        viewModel.tags().addListener((ListChangeListener<String>) change -> fillTags(chosen));
        return new VBox(6, input, chosen);
    }

    private void showSuggestions(TextField input, ContextMenu completion) {
        List<String> suggestions = viewModel.tagSuggestions();
        if (suggestions.isEmpty() || !input.isFocused()) {
            completion.hide();
            return;
        }
        completion.getItems().setAll(suggestions.stream().limit(8).map(tag -> {
            MenuItem item = new MenuItem(tag);
            item.setOnAction(event -> viewModel.addTag(tag));
            return item;
        }).toList());
        if (!completion.isShowing() && input.getScene() != null && input.getScene().getWindow() != null) {
            completion.show(input, Side.BOTTOM, 0, 0);
        }
    }

    private void fillTags(FlowPane chosen) {
        chosen.getChildren().setAll(viewModel.tags().stream().map(tag -> {
            Button chip = new Button(tag, new FontIcon(Feather.X));
            chip.getStyleClass().addAll("tag", "flat");
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.setAccessibleText(messages.format("entry.tags.remove", tag));
            chip.setOnAction(event -> viewModel.removeTag(tag));
            return chip;
        }).toList());
    }

    /** Shows the dialog; {@code onSaved} runs once the entry is stored. */
    public void showAndSave(Window owner, Runnable onSaved) {
        DialogStyle.follow(dialog, owner);
        DialogStyle.fitToScreen(dialog, owner);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.save(entry -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
                onSaved.run();
            });
        });
        dialog.show();
    }
}
