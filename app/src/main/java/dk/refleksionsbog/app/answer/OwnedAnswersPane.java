package dk.refleksionsbog.app.answer;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The view part of an {@link OwnedAnswersEditor}: the list on the left, kept in step with the
 * selected record, and the scrolling editor on the right, which shows a hint while nothing is
 * selected and the screen's own content otherwise.
 */
public final class OwnedAnswersPane<T, I extends OwnedItem> {

    /**
     * How one screen names its list and its rows.
     *
     * @param styleClass the screen's style class on the root
     * @param title the heading above the list
     * @param listName what a screen reader calls the list
     * @param empty what the list says when it is empty
     * @param hint what the editor says while nothing is selected
     * @param icon the icon of every row
     * @param rowText a row's text: its name, then a line about when and what
     */
    public record ListLook<I>(String styleClass, String title, String listName, String empty, String hint,
            Feather icon, Function<I, String> rowText) {}

    private final OwnedAnswersEditor<T, I> editor;
    private final Messages messages;
    private final Screens screens;
    private final ListLook<I> look;
    private final Function<Consumer<AnswerField>, List<Node>> content;
    private final BorderPane root = new BorderPane();
    private final ListView<I> list = new ListView<>();
    private final VBox editorBox = new VBox(16);
    private boolean syncing;

    /**
     * @param create the menu that makes a new record, under the title (see {@link #createMenu})
     * @param content builds the selected record's editor; it is given what opens a note's history
     */
    public OwnedAnswersPane(OwnedAnswersEditor<T, I> editor, Messages messages, Screens screens, ListLook<I> look,
            MenuButton create, Function<Consumer<AnswerField>, List<Node>> content) {
        this.editor = editor;
        this.messages = messages;
        this.screens = screens;
        this.look = look;
        this.content = content;
        root.getStyleClass().add(look.styleClass());

        create.setMaxWidth(Double.MAX_VALUE);
        list.setAccessibleText(look.listName());
        list.setPlaceholder(new Label(look.empty()));
        list.setCellFactory(view -> new Row());
        list.setItems(editor.items());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!syncing && item != null && !item.id().equals(selectedId())) {
                editor.select(item.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label(look.title());
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        VBox left = new VBox(8, title, create, list);
        left.getStyleClass().add("list-pane");
        left.setPadding(new Insets(16, 12, 12, 16));

        editorBox.getStyleClass().add("screen");
        ScrollPane scroll = new ScrollPane(editorBox);
        scroll.setFitToWidth(true);
        FocusScroller.install(scroll);
        scroll.getStyleClass().add("screen-scroll");
        root.setLeft(left);
        root.setCenter(scroll);

        editor.sections().addListener((ListChangeListener<AnswerSection>) change -> fillEditor());
        editor.selectedProperty().addListener((observable, before, after) -> {
            markSelected();
            if (after == null) {
                fillEditor();
            }
        });
        editor.items().addListener((ListChangeListener<I>) change -> markSelected());
        fillEditor();
    }

    /**
     * The menu that makes a new record of one of these kinds; its items have the menu's id followed
     * by the kind, e.g. {@code new-meeting-joint}.
     */
    public static <K extends Enum<K>> MenuButton createMenu(String text, String id, K[] kinds,
            Function<K, String> label, Consumer<K> create) {
        MenuButton menu = new MenuButton(text, new FontIcon(Feather.PLUS));
        menu.setId(id);
        menu.setAccessibleText(text);
        for (K kind : kinds) {
            MenuItem item = new MenuItem(label.apply(kind));
            item.setId(id + "-" + kind.name().toLowerCase());
            item.setOnAction(event -> create.accept(kind));
            menu.getItems().add(item);
        }
        return menu;
    }

    public BorderPane root() {
        return root;
    }

    /** The window the screen is in, to own its dialogs; null before it is shown. */
    public Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * Selects a search hit's words once its record is open: in its answer, or else in the first of
     * these detail fields that holds them.
     */
    public void focus(TextFocus focus, List<String> detailFields) {
        List<String> places = focus.fieldKey() != null ? List.of(TextSelection.answerSelector(focus.fieldKey()))
                : detailFields;
        editor.whenShown(focus.ownerId(),
                () -> TextSelection.selectWhenShown(root, places, focus.selectText(), messages.locale()));
    }

    /** Asks before the selected record and its notes are deleted. */
    public void confirmDelete(String header, String question) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(header);
        if (window() != null) {
            confirm.initOwner(window());
        }
        confirm.showAndWait().filter(button -> button == ButtonType.OK).ifPresent(button -> editor.deleteSelected());
    }

    /** Earlier versions of a note; a restored text replaces what the area shows. */
    private void showHistory(AnswerField field) {
        screens.showHistory(window(), messages, field.answerIdProperty().get(), field.textProperty()::set);
    }

    private UUID selectedId() {
        T shown = editor.selectedProperty().get();
        return shown == null ? null : editor.idOf(shown);
    }

    private void markSelected() {
        UUID shown = selectedId();
        syncing = true;
        try {
            if (shown == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            editor.items().stream().filter(item -> item.id().equals(shown)).findFirst()
                    .ifPresent(item -> list.getSelectionModel().select(item));
        } finally {
            syncing = false;
        }
    }

    private void fillEditor() {
        if (editor.selectedProperty().get() == null) {
            Label hint = new Label(look.hint());
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            editorBox.getChildren().setAll(hint);
            return;
        }
        editorBox.getChildren().setAll(content.apply(this::showHistory));
    }

    private final class Row extends ListCell<I> {
        Row() {
            // A cell that asks for no width of its own wraps long names instead of scrolling sideways.
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(I item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            setText(look.rowText().apply(item));
            setGraphic(new FontIcon(look.icon()));
            setAccessibleText(getText());
        }
    }
}
