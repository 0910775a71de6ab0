package dk.refleksionsbog.app.loop;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerArea;
import dk.refleksionsbog.app.answer.FocusScroller;
import dk.refleksionsbog.app.help.Shortcut;
import dk.refleksionsbog.app.i18n.DateInputFormat;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.Rating;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The loop screen: stepper, the phase's questions and forms, and the loop's entries beside them. */
public final class LoopView {
    /** The width, in lines of text height, below which the entries move under the questions. */
    private static final double ENTRIES_BESIDE_MIN_EM = 40;

    private final LoopViewModel viewModel;
    private final Messages messages;
    private final Screens screens;
    private final MainViewModel main;
    private final BorderPane root = new BorderPane();
    private final VBox header = new VBox();
    private final FlowPane stepper = new FlowPane();
    private final VBox phaseContent = new VBox();
    private final VBox entriesList = new VBox();
    private final HBox phaseActions = new HBox();
    private final Label problem = new Label();
    private final VBox top = new VBox(header, stepper, problem);
    private final BorderPane centre = new BorderPane();
    private final BorderPane body = new BorderPane();
    private final VBox entriesBox = new VBox();
    private ScrollPane entriesScroll;
    private VBox column;
    private final ChangeListener<Number> entryWritten;

    public LoopView(LoopViewModel viewModel, Messages messages, Screens screens, MainViewModel main) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.screens = screens;
        this.main = main;
        this.entryWritten = (observable, before, after) -> {
            if (root.getScene() != null) {
                viewModel.reloadEntries();
            }
        };
        root.getStyleClass().add("loop-view");

        stepper.getStyleClass().add("stepper");
        stepper.setAccessibleText(messages.get("loop.stepper"));
        header.getStyleClass().add("loop-header");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        phaseContent.getStyleClass().add("phase-content");
        phaseContent.setSpacing(16);

        top.getStyleClass().addAll("loop-top", "pinned");
        VBox column = new VBox(phaseContent);
        column.getStyleClass().add("screen");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        FocusScroller.install(scroll);
        phaseActions.getStyleClass().add("phase-actions");
        centre.setCenter(scroll);
        centre.setBottom(phaseActions);
        this.column = column;
        centre.setTop(top);
        top.heightProperty().addListener((observable, before, height) -> placeTop());
        root.heightProperty().addListener((observable, before, height) -> placeTop());
        body.setCenter(centre);
        entriesScroll = entriesPanel();
        body.setRight(entriesScroll);
        root.setCenter(body);
        root.widthProperty().addListener((observable, before, width) -> placeEntries());

        Label loading = new Label(messages.get("loop.loading"));
        loading.getStyleClass().add("hint");
        header.getChildren().add(loading);

        viewModel.steps().addListener((ListChangeListener<PhaseStep>) change -> fillStepper());
        viewModel.shownPhaseProperty().addListener((observable, before, phase) -> fillPhase(phase));
        viewModel.loadedProperty().addListener((observable, before, loaded) -> fillHeader());
        viewModel.entries().addListener((ListChangeListener<EntryCard>) change -> fillEntries());
        main.entryRevisionProperty().addListener(new WeakChangeListener<>(entryWritten));
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (KeyCombination.valueOf(Shortcut.NEXT_PHASE.combination()).match(event)) {
                event.consume();
                if (viewModel.canGoToNextPhase()) {
                    viewModel.nextPhase();
                }
            }
        });
        if (viewModel.loadedProperty().get()) {
            fillHeader();
            fillStepper();
            fillPhase(viewModel.shownPhaseProperty().get());
            fillEntries();
        }
    }

    public BorderPane root() {
        return root;
    }

    /**
     * Keeps the header and stepper in sight above the questions, unless (with large text) they
     * would take so much height that little room is left to write; then they scroll along.
     */
    private void placeTop() {
        double available = root.getHeight();
        if (available <= 0) {
            return;
        }
        boolean pinned = centre.getTop() == top;
        boolean tooTall = top.getHeight() > available * 0.32;
        if (pinned && tooTall) {
            javafx.application.Platform.runLater(() -> {
                centre.setTop(null);
                column.getChildren().add(0, top);
                top.getStyleClass().remove("pinned");
            });
        } else if (!pinned && top.getHeight() < available * 0.22) {
            javafx.application.Platform.runLater(() -> {
                column.getChildren().remove(top);
                centre.setTop(top);
                top.getStyleClass().add("pinned");
            });
        }
    }

    /**
     * Lists the entries beside the questions while there is room for both; with large text (or a
     * narrow window) they follow below the questions, so neither column shrinks to a word per line.
     */
    private void placeEntries() {
        double em = Math.max(1, problem.getFont().getSize());
        boolean beside = body.getRight() == entriesScroll;
        boolean roomy = root.getWidth() / em >= ENTRIES_BESIDE_MIN_EM;
        if (beside && !roomy) {
            javafx.application.Platform.runLater(() -> {
                body.setRight(null);
                entriesScroll.setContent(null);
                entriesBox.setMinHeight(Region.USE_COMPUTED_SIZE);
                column.getChildren().add(entriesBox);
            });
        } else if (!beside && roomy) {
            javafx.application.Platform.runLater(() -> {
                column.getChildren().remove(entriesBox);
                entriesScroll.setContent(entriesBox);
                // Not bound (see entriesPanel): the viewport listener keeps it from here on.
                entriesBox.setMinHeight(entriesScroll.getViewportBounds().getHeight());
                body.setRight(entriesScroll);
            });
        }
    }

    /** Shows the phase of a search hit and selects its words in the answer, once the loop is read. */
    public void focus(MainViewModel.LoopFocus focus) {
        if (viewModel.loadedProperty().get()) {
            focusNow(focus);
        } else {
            viewModel.loadedProperty().addListener((observable, before, loaded) -> focusNow(focus));
        }
    }

    private void focusNow(MainViewModel.LoopFocus focus) {
        if (focus.phase() != null) {
            viewModel.reveal(focus.phase());
        }
        if (focus.fieldKey() == null) {
            return;
        }
        // The scroll pane's content joins the scene graph only once the pane has its skin.
        Runnable select = () -> {
            root.applyCss();
            if (root.lookup("#answer-" + focus.fieldKey().replace('.', '-')) instanceof TextArea area) {
                area.requestFocus();
                String text = area.getText().toLowerCase(messages.locale());
                int start = text.indexOf(focus.selectText().toLowerCase(messages.locale()));
                if (start >= 0 && !focus.selectText().isEmpty()) {
                    area.selectRange(start, start + focus.selectText().length());
                }
            }
        };
        if (root.getScene() != null) {
            javafx.application.Platform.runLater(select);
        } else {
            root.sceneProperty().addListener((observable, before, scene) -> {
                if (scene != null && before == null) {
                    javafx.application.Platform.runLater(select);
                }
            });
        }
    }

    private void fillHeader() {
        Loop loop = viewModel.loopProperty().get();
        Label title = new Label(viewModel.challengeTitleProperty().get());
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label number = new Label(messages.format("loop.header", loop.number()));
        number.getStyleClass().add("screen-subtitle");
        Button summary = new Button(messages.get("loop.summary"), new FontIcon(Feather.PRINTER));
        summary.setId("loop-summary");
        summary.setAccessibleText(messages.get("loop.summary"));
        summary.setOnAction(event -> {
            main.flush();
            screens.summary(window(), messages, loop.id(), loop.challengeId());
        });
        Button details = new Button(messages.get("loop.challengeDetails"), new FontIcon(Feather.EDIT));
        details.setId("loop-challenge-details");
        details.setAccessibleText(messages.get("loop.challengeDetails.help"));
        details.setOnAction(event -> main.editChallenge(new MainViewModel.TextFocus(loop.challengeId(), null, "")));
        FlowPane actions = new FlowPane(12, 8, number, summary, details);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getChildren().setAll(title, actions);
        if (viewModel.isReadOnly()) {
            Label text = new Label(messages.format("loop.shared", viewModel.sharedByProperty().get()));
            text.setWrapText(true);
            Button export = new Button(messages.get("loop.exportComments"), new FontIcon(Feather.SEND));
            export.setId("export-comments");
            export.setAccessibleText(messages.get("loop.exportComments.help"));
            export.setTooltip(new Tooltip(messages.get("loop.exportComments.help")));
            export.setOnAction(event -> {
                main.flush();
                screens.share(window(), messages, ExchangeScope.COMMENTS, viewModel.challengeId());
            });
            // The button sits under the text, so neither squeezes the other with large text.
            VBox textAndAction = new VBox(text, export);
            textAndAction.getStyleClass().add("banner-body");
            HBox.setHgrow(textAndAction, Priority.ALWAYS);
            HBox shared = new HBox(new FontIcon(Feather.SHARE_2), textAndAction);
            shared.getStyleClass().add("read-only-banner");
            header.getChildren().add(shared);
        } else if (loop.isFinished()) {
            header.getChildren().add(banner(Feather.CHECK_CIRCLE,
                    messages.format("loop.finished", loop.number(), loop.number() + 1), "finished-banner"));
        }
    }

    private static HBox banner(Feather icon, String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        HBox banner = new HBox(new FontIcon(icon), label);
        banner.getStyleClass().add(styleClass);
        return banner;
    }

    private void fillStepper() {
        stepper.getChildren().clear();
        for (PhaseStep step : viewModel.steps()) {
            stepper.getChildren().add(stepButton(step));
        }
    }

    private Button stepButton(PhaseStep step) {
        Label marker = new Label(String.valueOf(step.phase().step()));
        marker.getStyleClass().add("step-marker");
        if (step.state() == PhaseStep.State.DONE) {
            marker.setText(null);
            marker.setGraphic(new FontIcon(Feather.CHECK));
        }
        Button button = new Button(step.title(), marker);
        button.setId("step-" + step.phase().name());
        button.getStyleClass().addAll("step", step.state().name().toLowerCase());
        if (step.shown()) {
            button.getStyleClass().add("viewed");
        }
        button.setDisable(!step.enabled());
        String stateKey = switch (step.state()) {
            case DONE -> "loop.step.done";
            case CURRENT -> "loop.step.current";
            case AHEAD -> step.enabled() ? "loop.step.open" : "loop.step.locked";
        };
        String description = messages.format(stateKey, step.phase().step(), step.title());
        button.setAccessibleText(description);
        button.setTooltip(new Tooltip(description));
        button.setOnAction(event -> viewModel.show(step.phase()));
        return button;
    }

    private void fillPhase(Phase phase) {
        phaseContent.getChildren().clear();
        if (phase == null) {
            return;
        }
        Label title = new Label(viewModel.phaseTitle(phase));
        title.getStyleClass().add("section-title");
        title.setId("phase-title");
        Label explanation = new Label(viewModel.phaseExplanation(phase));
        explanation.getStyleClass().add("phase-explanation");
        explanation.setWrapText(true);
        phaseContent.getChildren().addAll(title, explanation);

        if (phase == Phase.PLANNING && !viewModel.carriedOverAction().isBlank()) {
            phaseContent.getChildren().add(carriedOver());
        }
        VBox questions = new VBox();
        questions.getStyleClass().add("card");
        for (AnswerField field : viewModel.questions()) {
            questions.getChildren().add(answerArea(field, true).root());
        }
        if (!questions.getChildren().isEmpty()) {
            phaseContent.getChildren().add(questions);
        }
        switch (phase) {
            case PLANNING -> phaseContent.getChildren().add(trialActionForm());
            case REFLECTION -> phaseContent.getChildren().add(evaluation());
            case NEW_ACTION -> phaseContent.getChildren().add(newAction());
            default -> { }
        }
        fillPhaseActions(phase);
    }

    private Node carriedOver() {
        Loop loop = viewModel.loopProperty().get();
        Label title = new Label(messages.format("loop.carriedOver", loop.number() - 1), new FontIcon(Feather.CORNER_DOWN_RIGHT));
        title.getStyleClass().add("carried-over-title");
        Label text = new Label(viewModel.carriedOverAction());
        text.getStyleClass().add("carried-over-text");
        text.setId("carried-over-action");
        text.setWrapText(true);
        VBox box = new VBox(title, text);
        box.getStyleClass().add("carried-over");
        box.setAccessibleText(title.getText() + ": " + text.getText());
        return box;
    }

    private Node trialActionForm() {
        Label title = new Label(viewModel.trialActionTitle());
        title.getStyleClass().add("section-title");
        VBox form = new VBox(title);
        form.getStyleClass().add("card");
        for (AnswerField field : viewModel.trialAction()) {
            Label label = new Label(field.label());
            label.getStyleClass().add("form-label");
            AnswerArea view = answerArea(field, false);
            Label question = new Label(field.question());
            question.getStyleClass().add("hint");
            question.setWrapText(true);
            label.setLabelFor(view.area());
            form.getChildren().addAll(label, question, view.root());
        }
        Label dateLabel = new Label(viewModel.firstReflectionMeetingLabel());
        dateLabel.getStyleClass().add("form-label");
        DatePicker date = new DatePicker();
        date.setId("first-reflection-meeting");
        date.setConverter(DateInputFormat.converter(messages));
        date.setPromptText(messages.get("loop.firstMeeting.prompt"));
        date.setAccessibleText(viewModel.firstReflectionMeetingLabel());
        date.valueProperty().bindBidirectional(viewModel.firstReflectionMeetingProperty());
        date.setDisable(viewModel.isReadOnly());
        dateLabel.setLabelFor(date);
        form.getChildren().addAll(dateLabel, date);
        return form;
    }

    private Node evaluation() {
        Label title = new Label(viewModel.evaluationTitle());
        title.getStyleClass().add("section-title");
        List<EvaluationCell> cells = new ArrayList<>();
        LoopField[][] rows = {
            {LoopField.EVALUATION_THINK_BEFORE, LoopField.EVALUATION_THINK_AFTER, LoopField.EVALUATION_THINK_DIFFERENCE},
            {LoopField.EVALUATION_DO_BEFORE, LoopField.EVALUATION_DO_AFTER, LoopField.EVALUATION_DO_DIFFERENCE}};
        for (LoopField[] row : rows) {
            for (LoopField loopField : row) {
                cells.add(evaluationCell(viewModel.evaluationField(loopField)));
            }
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("evaluation-grid");
        // Side by side while there is room for three columns of text; under each other with large text.
        grid.widthProperty().addListener((observable, before, width) -> layOutEvaluation(grid, cells));
        layOutEvaluation(grid, cells);

        AnswerField starMoments = viewModel.evaluationField(LoopField.EVALUATION_STAR_MOMENTS);
        Label starTitle = new Label(starMoments.label(), new FontIcon(Feather.STAR));
        starTitle.getStyleClass().add("form-label");
        AnswerArea starView = answerArea(starMoments, false);
        starTitle.setLabelFor(starView.area());

        VBox ratings = new VBox(ratingBox(true), ratingBox(false));
        ratings.getStyleClass().add("ratings");
        Label difference = new Label();
        difference.setId("rating-difference");
        difference.getStyleClass().add("rating-difference");
        difference.setWrapText(true);
        difference.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Integer value = viewModel.ratingDifferenceProperty().get();
            return value == null ? messages.get("loop.rating.noDifference")
                    : messages.format("loop.rating.difference", (value > 0 ? "+" : "") + value);
        }, viewModel.ratingDifferenceProperty()));

        VBox box = new VBox(title, grid, starTitle, starView.root(), ratings, difference);
        box.getStyleClass().add("card");
        return box;
    }

    /** One answer of the evaluation with its column ("before", "after", "difference") and question. */
    private record EvaluationCell(Label column, Label question, Node area) {}

    private EvaluationCell evaluationCell(AnswerField field) {
        Label question = new Label(field.question());
        question.getStyleClass().add("question");
        question.setWrapText(true);
        AnswerArea view = answerArea(field, false);
        question.setLabelFor(view.area());
        String columnKey = switch (LoopField.byKey(field.key()).orElseThrow()) {
            case EVALUATION_THINK_BEFORE, EVALUATION_DO_BEFORE -> "loop.evaluation.before";
            case EVALUATION_THINK_AFTER, EVALUATION_DO_AFTER -> "loop.evaluation.after";
            default -> "loop.evaluation.difference";
        };
        return new EvaluationCell(columnTitle(columnKey), question, view.root());
    }

    private void layOutEvaluation(GridPane grid, List<EvaluationCell> cells) {
        double em = Math.max(1, cells.get(0).question().getFont().getSize());
        boolean sideBySide = grid.getWidth() == 0 || grid.getWidth() / em >= 36;
        if (!grid.getChildren().isEmpty() && sideBySide == grid.getColumnConstraints().size() > 1) {
            return;
        }
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        int columns = sideBySide ? 3 : 1;
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        int row = 0;
        if (sideBySide) {
            for (int i = 0; i < 3; i++) {
                grid.add(cells.get(i).column(), i, 0);
            }
            for (int i = 0; i < cells.size(); i++) {
                EvaluationCell cell = cells.get(i);
                int top = 1 + (i / 3) * 2;
                grid.add(cell.question(), i % 3, top);
                grid.add(cell.area(), i % 3, top + 1);
                GridPane.setValignment(cell.question(), VPos.BOTTOM);
            }
            return;
        }
        for (EvaluationCell cell : cells) {
            grid.add(cell.column(), 0, row++);
            grid.add(cell.question(), 0, row++);
            grid.add(cell.area(), 0, row++);
        }
    }

    private Label columnTitle(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("column-title");
        label.setWrapText(true);
        return label;
    }

    private Node ratingBox(boolean before) {
        Label label = new Label(viewModel.ratingLabel(before));
        label.setWrapText(true);
        label.getStyleClass().add("question");
        Rating rating = new Rating(5);
        rating.setId(before ? "rating-before" : "rating-after");
        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        rating.setAccessibleText(label.getText());
        rating.setDisable(viewModel.isReadOnly());
        var property = before ? viewModel.ratingBeforeProperty() : viewModel.ratingAfterProperty();
        rating.setRating(property.get() == null ? 0 : property.get());
        rating.ratingProperty().addListener((observable, old, value) -> {
            int stars = (int) Math.round(value.doubleValue());
            property.set(stars < 1 ? null : stars);
        });
        property.addListener((observable, old, value) -> rating.setRating(value == null ? 0 : value));
        Button clear = new Button(messages.get("loop.rating.clear"));
        clear.getStyleClass().add("flat");
        clear.setDisable(viewModel.isReadOnly());
        clear.setOnAction(event -> property.set(null));
        HBox row = new HBox(rating, clear);
        row.getStyleClass().add("rating-row");
        label.setLabelFor(rating);
        VBox box = new VBox(label, row);
        box.getStyleClass().add("rating-box");
        return box;
    }

    private Node newAction() {
        AnswerField decision = viewModel.decision();
        Label title = new Label(decision.label());
        title.getStyleClass().add("section-title");
        AnswerArea view = answerArea(decision, true);
        VBox box = new VBox(title, view.root());
        box.getStyleClass().add("card");
        return box;
    }

    private void fillPhaseActions(Phase phase) {
        HBox actions = phaseActions;
        actions.getChildren().clear();
        Loop loop = viewModel.loopProperty().get();
        if (viewModel.canStartNextLoop() && phase == Phase.NEW_ACTION) {
            Button start = new Button(messages.get("loop.startNext"), new FontIcon(Feather.REFRESH_CW));
            start.setId("start-next-loop");
            start.getStyleClass().add("accent");
            start.setDefaultButton(false);
            start.setOnAction(event -> viewModel.startNextLoop());
            Label help = new Label(messages.format("loop.startNext.help", loop.number(), loop.number() + 1));
            help.getStyleClass().add("hint");
            help.setWrapText(true);
            actions.getChildren().addAll(start, help);
        } else if (viewModel.canGoToNextPhase() && phase == loop.currentPhase()) {
            Phase next = loop.currentPhase().next().orElseThrow();
            Button forward = new Button(messages.format("loop.next", viewModel.phaseTitle(next)), new FontIcon(Feather.ARROW_RIGHT));
            forward.setId("next-phase");
            forward.getStyleClass().add("accent");
            forward.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            forward.setOnAction(event -> viewModel.nextPhase());
            actions.getChildren().add(forward);
        }
        actions.setVisible(!actions.getChildren().isEmpty());
        actions.setManaged(actions.isVisible());
    }

    private ScrollPane entriesPanel() {
        Label title = new Label(messages.get("loop.entries"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Button add = new Button(messages.get("loop.entries.add"), new FontIcon(Feather.PLUS));
        add.setId("loop-add-entry");
        add.setOnAction(event -> screens.quickEntry(window(), messages, main.quickEntryTarget().orElse(null),
                main::entrySaved));
        // A shared loop is its owner's: the user's own notes cannot go into it.
        add.visibleProperty().bind(viewModel.sharedByProperty().isNull());
        add.managedProperty().bind(add.visibleProperty());
        entriesList.setSpacing(10);
        VBox panel = entriesBox;
        panel.getChildren().setAll(title, add, entriesList);
        panel.getStyleClass().add("loop-entries");
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.prefWidthProperty().bind(root.widthProperty().multiply(0.3));
        // The panel's colour reaches the bottom even with few entries, without squeezing many. Not a
        // binding: the scroll pane sets new (equal) viewport bounds in every layout, a bound min height
        // would ask for the next layout each time, and every pulse measured all entries' text again
        // (~70 ms of FX-thread time per frame with 120 entries; bench/java/TypingStallBench.java).
        scroll.viewportBoundsProperty().addListener((observable, before, viewport) -> {
            // Below the questions (large text) the panel is as tall as its entries.
            if (scroll.getContent() == panel && panel.getMinHeight() != viewport.getHeight()) {
                panel.setMinHeight(viewport.getHeight());
            }
        });
        return scroll;
    }

    private AnswerArea answerArea(AnswerField field, boolean showQuestion) {
        return new AnswerArea(field, messages, showQuestion).withHistory(this::showHistory).withComment(this::comment);
    }

    /** The comment editor for an answer of a shared loop; the comment shows under the answer once stored. */
    private void comment(AnswerField field) {
        viewModel.commentTarget(field).ifPresent(
                target -> screens.comment(window(), messages, target, viewModel::commentSaved));
    }

    /** Earlier versions of an answer; a restored text replaces what the area shows. */
    private void showHistory(AnswerField field) {
        screens.showHistory(window(), messages, field.answerIdProperty().get(), field.textProperty()::set);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void fillEntries() {
        entriesList.getChildren().clear();
        if (viewModel.entries().isEmpty()) {
            Label none = new Label(
                    messages.get(viewModel.isReadOnly() ? "loop.entries.noneShared" : "loop.entries.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            entriesList.getChildren().add(none);
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        for (EntryCard card : viewModel.entries()) {
            Label meta = new Label(card.kindLabel() + " · " + dates.format(card.entry().occurredOn())
                    + (card.entry().phase() == null ? "" : " · " + viewModel.phaseTitle(card.entry().phase())),
                    new FontIcon(iconOf(card.entry().kind())));
            meta.getStyleClass().add("entry-meta");
            meta.setWrapText(true);
            Label text = new Label(card.entry().text());
            text.setWrapText(true);
            VBox box = new VBox(meta, text);
            box.getStyleClass().addAll("entry-card", "entry-kind-" + card.entry().kind().name().toLowerCase());
            if (!card.entry().tags().isEmpty()) {
                FlowPane tags = new FlowPane(4, 4);
                card.entry().tags().forEach(tag -> {
                    Label chip = new Label(tag);
                    chip.getStyleClass().add("tag");
                    tags.getChildren().add(chip);
                });
                box.getChildren().add(tags);
            }
            card.comments().forEach(comment -> box.getChildren().add(AnswerArea.commentNode(comment, messages)));
            if (!viewModel.isReadOnly()) {
                box.getChildren().add(entryHistoryButton(card));
            }
            viewModel.commentTarget(card).ifPresent(target -> {
                Button comment = new Button(messages.get("comment.action"), new FontIcon(Feather.MESSAGE_SQUARE));
                comment.getStyleClass().addAll("flat", "comment-button");
                comment.setId("comment-entry-" + card.entry().id());
                comment.setAccessibleText(messages.format("comment.action.for", meta.getText()));
                comment.setOnAction(event -> screens.comment(window(), messages, target, viewModel::commentSaved));
                HBox row = new HBox(comment);
                row.setAlignment(Pos.CENTER_RIGHT);
                box.getChildren().add(row);
            });
            box.setAccessibleText(meta.getText() + ": " + card.entry().text());
            entriesList.getChildren().add(box);
        }
    }

    /** Earlier versions of an entry; restoring one shows the entries again. */
    private Node entryHistoryButton(EntryCard card) {
        Button history = new Button(messages.get("history.show"), new FontIcon(Feather.CLOCK));
        history.getStyleClass().addAll("flat", "history-button");
        history.setId("entry-history-" + card.entry().id());
        history.setAccessibleText(messages.format("history.show.for", card.kindLabel()));
        history.setOnAction(event -> screens.showHistory(window(), messages, card.entry().id(),
                restored -> viewModel.reloadEntries()));
        HBox row = new HBox(history);
        row.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        return row;
    }

    static Feather iconOf(EntryKind kind) {
        return switch (kind) {
            case NOTE -> Feather.FILE_TEXT;
            case OBSERVATION -> Feather.EYE;
            case STAR_MOMENT -> Feather.STAR;
            case INSIGHT -> Feather.ZAP;
        };
    }
}
