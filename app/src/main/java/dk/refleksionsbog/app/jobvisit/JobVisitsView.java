package dk.refleksionsbog.app.jobvisit;

import dk.refleksionsbog.app.answer.AnswerArea;
import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.answer.AnswerSectionCard;
import dk.refleksionsbog.app.answer.FocusScroller;
import dk.refleksionsbog.app.answer.TextSelection;
import dk.refleksionsbog.app.i18n.DateInputFormat;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The job-visits screen: the visits on the left, the selected visit's guide on the right. */
public final class JobVisitsView {
    private final JobVisitsViewModel viewModel;
    private final Messages messages;
    private final Screens screens;
    private final BorderPane root = new BorderPane();
    private final ListView<JobVisitItem> list = new ListView<>();
    private final VBox editor = new VBox(16);
    private final DateTimeFormatter dates;
    private boolean syncing;

    public JobVisitsView(JobVisitsViewModel viewModel, Messages messages, Screens screens) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.screens = screens;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        root.getStyleClass().add("job-visits-view");

        MenuButton create = new MenuButton(messages.get("jobVisits.new"), new FontIcon(Feather.PLUS));
        create.setId("new-job-visit");
        create.setAccessibleText(messages.get("jobVisits.new"));
        for (VisitRole role : VisitRole.values()) {
            MenuItem item = new MenuItem(messages.get("jobVisits.new." + role.name().toLowerCase()));
            item.setOnAction(event -> viewModel.newVisit(role));
            create.getItems().add(item);
        }
        create.setMaxWidth(Double.MAX_VALUE);
        list.setAccessibleText(messages.get("place.job_visits"));
        list.setPlaceholder(new Label(messages.get("jobVisits.empty")));
        list.setCellFactory(view -> new VisitCell());
        list.setItems(viewModel.visits());
        list.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            JobVisit shown = viewModel.selectedProperty().get();
            if (!syncing && item != null && (shown == null || !item.id().equals(shown.id()))) {
                viewModel.select(item.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label(messages.get("place.job_visits"));
        title.getStyleClass().add("screen-title");
        VBox left = new VBox(8, title, create, list);
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
        viewModel.visits().addListener((ListChangeListener<JobVisitItem>) change -> markSelected());
        fillEditor();
    }

    public BorderPane root() {
        return root;
    }

    /** Selects a search hit's words in the visit once it is open: in its answer, or in its details. */
    public void focus(TextFocus focus) {
        List<String> places = focus.fieldKey() != null ? List.of(TextSelection.answerSelector(focus.fieldKey()))
                : List.of("#job-visit-partner", "#job-visit-activity");
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

    private boolean isShowing(java.util.UUID visitId) {
        JobVisit shown = viewModel.selectedProperty().get();
        return shown != null && shown.id().equals(visitId) && !viewModel.sections().isEmpty();
    }

    /** Earlier versions of a note; a restored text replaces what the area shows. */
    private void showHistory(AnswerField field) {
        screens.showHistory(root.getScene() == null ? null : root.getScene().getWindow(), messages,
                field.answerIdProperty().get(), field.textProperty()::set);
    }

    private void markSelected() {
        JobVisit visit = viewModel.selectedProperty().get();
        syncing = true;
        try {
            if (visit == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            viewModel.visits().stream().filter(item -> item.id().equals(visit.id())).findFirst()
                    .ifPresent(item -> list.getSelectionModel().select(item));
        } finally {
            syncing = false;
        }
    }

    private void fillEditor() {
        editor.getChildren().clear();
        if (viewModel.selectedProperty().get() == null) {
            Label hint = new Label(messages.get("jobVisits.hint"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            editor.getChildren().add(hint);
            return;
        }
        editor.getChildren().add(details());
        VBox guidance = new VBox();
        showGuidance(guidance);
        viewModel.roleGuidanceProperty().addListener((observable, before, after) -> showGuidance(guidance));
        editor.getChildren().add(guidance);
        for (AnswerSection section : viewModel.sections()) {
            editor.getChildren().add(AnswerSectionCard.of(section, messages, this::showHistory));
        }
        AnswerSection leadership = viewModel.leadershipProperty().get();
        if (leadership != null) {
            editor.getChildren().add(sideBySide(leadership));
        }
    }

    private void showGuidance(VBox holder) {
        AnswerSection guidance = viewModel.roleGuidanceProperty().get();
        holder.getChildren().setAll(guidance == null ? new VBox()
                : AnswerSectionCard.of(guidance, messages, this::showHistory));
    }

    private Node sideBySide(AnswerSection section) {
        VBox card = AnswerSectionCard.of(new AnswerSection(section.id(), section.title(), section.intro(),
                section.guidance(), java.util.List.of()), messages);
        HBox columns = new HBox(12);
        columns.getStyleClass().add("evaluation-grid");
        for (AnswerField field : section.fields()) {
            VBox column = new AnswerArea(field, messages, true).withHistory(this::showHistory).root();
            column.setMinWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            column.prefWidthProperty().bind(columns.widthProperty().divide(section.fields().size()));
            columns.getChildren().add(column);
        }
        card.getChildren().add(columns);
        return card;
    }

    private Node details() {
        ToggleGroup roles = new ToggleGroup();
        HBox roleChoice = new HBox(16);
        for (VisitRole role : VisitRole.values()) {
            RadioButton button = new RadioButton(viewModel.roleLabel(role));
            button.setId("job-visit-role-" + role.name().toLowerCase());
            button.setToggleGroup(roles);
            button.setUserData(role);
            button.setSelected(viewModel.roleProperty().get() == role);
            button.setOnAction(event -> viewModel.roleProperty().set(role));
            roleChoice.getChildren().add(button);
        }
        viewModel.roleProperty().addListener((observable, before, role) ->
                roles.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == role)));
        roleChoice.setAccessibleText(messages.get("jobVisits.role"));

        TextField partner = new TextField();
        partner.setId("job-visit-partner");
        partner.textProperty().bindBidirectional(viewModel.partnerProperty());
        DatePicker date = new DatePicker();
        date.setConverter(DateInputFormat.converter(messages));
        date.valueProperty().bindBidirectional(viewModel.dateProperty());
        TextField activity = new TextField();
        activity.setId("job-visit-activity");
        activity.textProperty().bindBidirectional(viewModel.activityProperty());
        FlowPane forms = new FlowPane(16, 8);
        for (LeadershipForm form : LeadershipForm.values()) {
            CheckBox box = new CheckBox(viewModel.formLabel(form));
            box.selectedProperty().bindBidirectional(viewModel.formProperty(form));
            box.setAccessibleText(viewModel.formLabel(form));
            forms.getChildren().add(box);
        }
        Button delete = new Button(messages.get("jobVisits.delete"), new FontIcon(Feather.TRASH_2));
        delete.setOnAction(event -> confirmDelete());
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());

        VBox form = new VBox(8, labelled("jobVisits.role", roleChoice, null), labelled("jobVisits.partner", partner, partner),
                labelled("jobVisits.date", date, date), labelled("jobVisits.activity", activity, activity),
                labelled("jobVisits.forms", forms, null), new HBox(8, delete), problem);
        form.getStyleClass().addAll("card", "form");
        return form;
    }

    private VBox labelled(String key, Node node, Control control) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        if (control != null) {
            label.setLabelFor(control);
            control.setAccessibleText(messages.get(key));
            control.setMaxWidth(Double.MAX_VALUE);
        }
        return new VBox(4, label, node);
    }

    private void confirmDelete() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("jobVisits.delete.confirm"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(messages.get("jobVisits.delete"));
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.showAndWait().filter(button -> button == ButtonType.OK).ifPresent(button -> viewModel.deleteSelected());
    }

    private final class VisitCell extends ListCell<JobVisitItem> {
        VisitCell() {
            // A cell that asks for no width of its own wraps long names instead of scrolling sideways.
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(JobVisitItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String partner = item.partner().isBlank() ? messages.get("jobVisits.noPartner") : item.partner();
            String when = item.date() == null ? messages.get("jobVisits.noDate") : dates.format(item.date());
            setText(partner + "\n" + when + " · " + viewModel.roleLabel(item.role()));
            setGraphic(new FontIcon(Feather.BRIEFCASE));
            setAccessibleText(getText());
        }
    }
}
