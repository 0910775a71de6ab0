package dk.refleksionsbog.app.jobvisit;

import dk.refleksionsbog.app.answer.AnswerArea;
import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerSection;
import dk.refleksionsbog.app.answer.AnswerSectionCard;
import dk.refleksionsbog.app.answer.OwnedAnswersPane;
import dk.refleksionsbog.app.i18n.DateInputFormat;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioButton;
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
    private final OwnedAnswersPane<JobVisit, JobVisitItem> pane;

    public JobVisitsView(JobVisitsViewModel viewModel, Messages messages, Screens screens) {
        this.viewModel = viewModel;
        this.messages = messages;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());

        MenuButton create = OwnedAnswersPane.createMenu(messages.get("jobVisits.new"), "new-job-visit",
                VisitRole.values(), role -> messages.get("jobVisits.new." + role.name().toLowerCase()),
                viewModel::newVisit);
        pane = new OwnedAnswersPane<>(viewModel.editor(), messages, screens, new OwnedAnswersPane.ListLook<>(
                "job-visits-view", messages.get("place.job_visits"), messages.get("place.job_visits"),
                messages.get("jobVisits.empty"), messages.get("jobVisits.hint"), Feather.BRIEFCASE,
                item -> (item.partner().isBlank() ? messages.get("jobVisits.noPartner") : item.partner()) + "\n"
                        + (item.date() == null ? messages.get("jobVisits.noDate") : dates.format(item.date()))
                        + " · " + viewModel.roleLabel(item.role())),
                create, this::editorContent);
    }

    public BorderPane root() {
        return pane.root();
    }

    /** Selects a search hit's words in the visit once it is open: in its answer, or in its details. */
    public void focus(TextFocus focus) {
        pane.focus(focus, List.of("#job-visit-partner", "#job-visit-activity"));
    }

    private List<Node> editorContent(Consumer<AnswerField> showHistory) {
        List<Node> content = new ArrayList<>();
        content.add(details());
        VBox guidance = new VBox();
        showGuidance(guidance, showHistory);
        viewModel.roleGuidanceProperty().addListener((observable, before, after) ->
                showGuidance(guidance, showHistory));
        content.add(guidance);
        for (AnswerSection section : viewModel.sections()) {
            content.add(AnswerSectionCard.of(section, messages, showHistory));
        }
        AnswerSection leadership = viewModel.leadershipProperty().get();
        if (leadership != null) {
            content.add(sideBySide(leadership, showHistory));
        }
        return content;
    }

    private void showGuidance(VBox holder, Consumer<AnswerField> showHistory) {
        AnswerSection guidance = viewModel.roleGuidanceProperty().get();
        holder.getChildren().setAll(guidance == null ? new VBox()
                : AnswerSectionCard.of(guidance, messages, showHistory));
    }

    private Node sideBySide(AnswerSection section, Consumer<AnswerField> showHistory) {
        VBox card = AnswerSectionCard.of(new AnswerSection(section.id(), section.title(), section.intro(),
                section.guidance(), java.util.List.of()), messages);
        HBox columns = new HBox(12);
        columns.getStyleClass().add("evaluation-grid");
        for (AnswerField field : section.fields()) {
            VBox column = new AnswerArea(field, messages, true).withHistory(showHistory).root();
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
        pane.confirmDelete(messages.get("jobVisits.delete"), messages.get("jobVisits.delete.confirm"));
    }
}
