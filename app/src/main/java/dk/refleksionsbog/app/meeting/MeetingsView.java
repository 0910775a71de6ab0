package dk.refleksionsbog.app.meeting;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.answer.FocusScroller;
import dk.refleksionsbog.app.answer.TextSelection;
import dk.refleksionsbog.app.answer.AnswerSectionCard;
import dk.refleksionsbog.app.i18n.DateInputFormat;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import java.io.File;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The meetings screen: the list on the left, the selected meeting's details and notes on the right. */
public final class MeetingsView {
    private final MeetingsViewModel viewModel;
    private final Messages messages;
    private final Screens screens;
    private final BorderPane root = new BorderPane();
    private final ListView<MeetingItem> list = new ListView<>();
    private final VBox editor = new VBox(16);
    private final DateTimeFormatter dates;
    private boolean syncing;

    public MeetingsView(MeetingsViewModel viewModel, Messages messages, Screens screens) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.screens = screens;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        root.getStyleClass().add("meetings-view");

        MenuButton create = new MenuButton(messages.get("meetings.new"), new FontIcon(Feather.PLUS));
        create.setId("new-meeting");
        create.setAccessibleText(messages.get("meetings.new"));
        for (MeetingKind kind : MeetingKind.values()) {
            MenuItem item = new MenuItem(messages.get("meetings.kind." + kind.name().toLowerCase()));
            item.setId("new-meeting-" + kind.name().toLowerCase());
            item.setOnAction(event -> viewModel.newMeeting(kind));
            create.getItems().add(item);
        }
        create.setMaxWidth(Double.MAX_VALUE);
        list.setAccessibleText(messages.get("meetings.list"));
        list.setPlaceholder(new Label(messages.get("meetings.empty")));
        list.setCellFactory(view -> new MeetingCell());
        list.setItems(viewModel.meetings());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!syncing && item != null && (viewModel.selectedProperty().get() == null
                    || !item.id().equals(viewModel.selectedProperty().get().id()))) {
                viewModel.select(item.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, title(messages.get("place.meetings")), create, list);
        left.getStyleClass().add("list-pane");
        left.setPadding(new javafx.geometry.Insets(16, 12, 12, 16));

        editor.getStyleClass().add("screen");
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        FocusScroller.install(scroll);
        scroll.getStyleClass().add("screen-scroll");
        root.setLeft(left);
        root.setCenter(scroll);

        viewModel.sections().addListener((ListChangeListener<AnswerSection>) change -> fillEditor());
        viewModel.selectedProperty().addListener((observable, before, after) -> {
            markSelected();
            if (after == null) {
                fillEditor();
            }
        });
        viewModel.meetings().addListener((ListChangeListener<MeetingItem>) change -> markSelected());
        fillEditor();
    }

    public BorderPane root() {
        return root;
    }

    /** Selects a search hit's words in the meeting once it is open: in its answer, or in its details. */
    public void focus(TextFocus focus) {
        List<String> places = focus.fieldKey() != null ? List.of(TextSelection.answerSelector(focus.fieldKey()))
                : List.of("#meeting-title", "#meeting-location", "#meeting-participants");
        Runnable select = () -> TextSelection.selectWhenShown(root, places, focus.selectText(), messages.locale());
        if (isShowing(focus.ownerId())) {
            select.run();
            return;
        }
        viewModel.sections().addListener(new ListChangeListener<AnswerSection>() {
            @Override
            public void onChanged(Change<? extends AnswerSection> change) {
                if (isShowing(focus.ownerId())) {
                    viewModel.sections().removeListener(this);
                    select.run();
                }
            }
        });
    }

    private boolean isShowing(java.util.UUID meetingId) {
        Meeting shown = viewModel.selectedProperty().get();
        return shown != null && shown.id().equals(meetingId) && !viewModel.sections().isEmpty();
    }

    /** Earlier versions of a note; a restored text replaces what the area shows. */
    private void showHistory(AnswerField field) {
        screens.showHistory(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                field.answerIdProperty().get(), field.textProperty()::set);
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("screen-title");
        label.setWrapText(true);
        return label;
    }

    private void markSelected() {
        Meeting meeting = viewModel.selectedProperty().get();
        syncing = true;
        try {
            if (meeting == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            viewModel.meetings().stream().filter(item -> item.id().equals(meeting.id())).findFirst()
                    .ifPresent(item -> list.getSelectionModel().select(item));
        } finally {
            syncing = false;
        }
    }

    private void fillEditor() {
        editor.getChildren().clear();
        if (viewModel.selectedProperty().get() == null) {
            Label hint = new Label(messages.get("meetings.hint"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            editor.getChildren().add(hint);
            return;
        }
        editor.getChildren().addAll(details(), problemLabel());
        for (AnswerSection section : viewModel.sections()) {
            editor.getChildren().add(AnswerSectionCard.of(section, messages, this::showHistory));
        }
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

    private Node details() {
        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.getItems().setAll(MeetingKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(MeetingKind value) {
                return value == null ? "" : messages.get("meetings.kind." + value.name().toLowerCase());
            }

            @Override
            public MeetingKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());

        TextField title = new TextField();
        title.setId("meeting-title");
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        DatePicker date = new DatePicker();
        date.setConverter(DateInputFormat.converter(messages));
        date.setId("meeting-date");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        TextField start = new TextField();
        start.setId("meeting-start");
        start.setPromptText("13:00");
        start.setPrefColumnCount(5);
        start.textProperty().bindBidirectional(viewModel.startTimeProperty());
        Spinner<Integer> duration = new Spinner<>(5, 24 * 60, Meeting.DEFAULT_DURATION_MINUTES, 15);
        duration.setEditable(true);
        duration.getValueFactory().valueProperty().bindBidirectional(viewModel.durationMinutesProperty());
        TextField location = new TextField();
        location.setId("meeting-location");
        location.textProperty().bindBidirectional(viewModel.locationProperty());
        TextField participants = new TextField();
        participants.setId("meeting-participants");
        participants.setPromptText(messages.get("meetings.participants.prompt"));
        participants.textProperty().bindBidirectional(viewModel.participantsProperty());
        ComboBox<LoopChoice> loop = new ComboBox<>();
        loop.getStyleClass().add("title-choice");
        loop.getItems().add(null);
        loop.getItems().addAll(viewModel.loopChoices());
        loop.setConverter(new StringConverter<>() {
            @Override
            public String toString(LoopChoice choice) {
                return choice == null ? messages.get("meetings.loop.none")
                        : messages.format("meetings.loop.choice", choice.challengeTitle(), choice.number());
            }

            @Override
            public LoopChoice fromString(String text) {
                return null;
            }
        });
        loop.valueProperty().bindBidirectional(viewModel.linkedLoopProperty());
        loop.setMaxWidth(Double.MAX_VALUE);

        Button calendar = new Button(messages.get("meetings.saveCalendar"), new FontIcon(Feather.CALENDAR));
        calendar.setId("meeting-save-calendar");
        calendar.setOnAction(event -> saveCalendar());
        Button delete = new Button(messages.get("meetings.delete"), new FontIcon(Feather.TRASH_2));
        delete.setOnAction(event -> confirmDelete());
        Label saved = new Label();
        saved.getStyleClass().add("hint");
        saved.setWrapText(true);
        viewModel.calendarFileSavedProperty().addListener((observable, before, file) ->
                saved.setText(file == null ? "" : messages.format("meetings.calendarSaved", file.getFileName())));
        FlowPane actions = new FlowPane(8, 8, calendar, delete, saved);
        actions.getStyleClass().add("form-actions");

        VBox form = new VBox(8, labelled("meetings.kind", kind), labelled("meetings.title", title),
                new FlowPane(16, 8, labelled("meetings.date", date), labelled("meetings.start", start),
                        labelled("meetings.duration", duration)),
                labelled("meetings.location", location), labelled("meetings.participants", participants),
                labelled("meetings.loop", loop), actions);
        form.getStyleClass().addAll("card", "form");
        return form;
    }

    private VBox labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        control.setAccessibleText(messages.get(key));
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, label, control);
    }

    private void saveCalendar() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("meetings.saveCalendar"));
        chooser.setInitialFileName(viewModel.suggestedCalendarFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("meetings.calendarFileType"), "*.ics"));
        File chosen = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            viewModel.saveToCalendar(chosen.toPath());
        }
    }

    private void confirmDelete() {
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                messages.get("meetings.delete.confirm"), javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        confirm.setHeaderText(messages.get("meetings.delete"));
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.showAndWait().filter(button -> button == javafx.scene.control.ButtonType.OK)
                .ifPresent(button -> viewModel.deleteSelected());
    }

    private final class MeetingCell extends ListCell<MeetingItem> {
        MeetingCell() {
            // A cell that asks for no width of its own wraps long names instead of scrolling sideways.
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(MeetingItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String kindName = messages.get("meetings.kind." + item.kind().name().toLowerCase());
            String name = item.title().isBlank() ? kindName : item.title();
            // An untitled meeting is already named by its kind; a titled one says its kind after the date.
            setText(name + "\n" + dates.format(item.date()) + (item.title().isBlank() ? "" : " · " + kindName));
            setGraphic(new FontIcon(Feather.USERS));
            setAccessibleText(getText());
        }
    }
}
