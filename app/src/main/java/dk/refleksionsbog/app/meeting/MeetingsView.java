package dk.refleksionsbog.app.meeting;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.answer.AnswerSectionCard;
import dk.refleksionsbog.app.answer.OwnedAnswersPane;
import dk.refleksionsbog.app.i18n.DateInputFormat;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import java.io.File;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The meetings screen: the list on the left, the selected meeting's details and notes on the right. */
public final class MeetingsView {
    private final MeetingsViewModel viewModel;
    private final Messages messages;
    private final OwnedAnswersPane<Meeting, MeetingItem> pane;

    public MeetingsView(MeetingsViewModel viewModel, Messages messages, Screens screens) {
        this.viewModel = viewModel;
        this.messages = messages;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());

        MenuButton create = OwnedAnswersPane.createMenu(messages.get("meetings.new"), "new-meeting",
                MeetingKind.values(), this::kindName, viewModel::newMeeting);
        pane = new OwnedAnswersPane<>(viewModel.editor(), messages, screens, new OwnedAnswersPane.ListLook<>(
                "meetings-view", messages.get("place.meetings"), messages.get("meetings.list"),
                messages.get("meetings.empty"), messages.get("meetings.hint"), Feather.USERS,
                // An untitled meeting is already named by its kind; a titled one says its kind after the date.
                item -> (item.title().isBlank() ? kindName(item.kind()) : item.title()) + "\n"
                        + dates.format(item.date()) + (item.title().isBlank() ? "" : " · " + kindName(item.kind()))),
                create, this::editorContent);
    }

    public BorderPane root() {
        return pane.root();
    }

    /** Selects a search hit's words in the meeting once it is open: in its answer, or in its details. */
    public void focus(TextFocus focus) {
        pane.focus(focus, List.of("#meeting-title", "#meeting-location", "#meeting-participants"));
    }

    private String kindName(MeetingKind kind) {
        return messages.get("meetings.kind." + kind.name().toLowerCase());
    }

    private List<Node> editorContent(Consumer<AnswerField> showHistory) {
        List<Node> content = new ArrayList<>(List.of(details(), problemLabel()));
        for (AnswerSection section : viewModel.sections()) {
            content.add(AnswerSectionCard.of(section, messages, showHistory));
        }
        return content;
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
        File chosen = chooser.showSaveDialog(pane.window());
        if (chosen != null) {
            viewModel.saveToCalendar(chosen.toPath());
        }
    }

    private void confirmDelete() {
        pane.confirmDelete(messages.get("meetings.delete"), messages.get("meetings.delete.confirm"));
    }
}
