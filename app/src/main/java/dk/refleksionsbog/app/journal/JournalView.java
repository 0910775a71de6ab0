package dk.refleksionsbog.app.journal;

import dk.refleksionsbog.app.answer.TextSelection;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel.TextFocus;
import dk.refleksionsbog.app.main.Screens;
import dk.refleksionsbog.app.progress.ChallengeChoice;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The journal screen: filters, the timeline by week, and the chosen entry to edit. */
public final class JournalView {
    private final JournalViewModel viewModel;
    private final Messages messages;
    private final Screens screens;
    private final BorderPane root = new BorderPane();
    private final VBox timeline = new VBox(12);
    private final DateTimeFormatter dates;
    private final ChangeListener<Number> entryWritten;

    /** {@code entryRevision} counts entries written elsewhere in the window, so the timeline reads them. */
    public JournalView(JournalViewModel viewModel, Messages messages, Screens screens,
            ObservableIntegerValue entryRevision) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.screens = screens;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale());
        root.getStyleClass().add("journal-view");

        Label title = new Label(messages.get("journal.title"));
        title.getStyleClass().add("screen-title");
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        VBox top = new VBox(12, title, filters(), problem);
        top.getStyleClass().add("screen");
        root.setTop(top);

        timeline.setId("journal-timeline");
        VBox timelineColumn = new VBox(timeline);
        timelineColumn.getStyleClass().add("screen");
        ScrollPane scroll = new ScrollPane(timelineColumn);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        // With large text the chosen entry's editor scrolls instead of cutting its hint and buttons.
        ScrollPane editorScroll = new ScrollPane(editor());
        editorScroll.setFitToWidth(true);
        editorScroll.setFitToHeight(true);
        editorScroll.getStyleClass().add("screen-scroll");
        SplitPane split = new SplitPane(scroll, editorScroll);
        split.setDividerPositions(0.6);
        root.setCenter(split);

        viewModel.weeks().addListener((ListChangeListener<WeekGroup>) change -> fillTimeline());
        viewModel.hasMoreProperty().addListener((observable, before, more) -> fillTimeline());
        viewModel.selectedProperty().addListener((observable, before, after) -> fillTimeline());
        fillTimeline();
        entryWritten = (observable, before, after) -> {
            if (root.getScene() != null) {
                viewModel.reload();
            }
        };
        entryRevision.addListener(new WeakChangeListener<>(entryWritten));
    }

    public BorderPane root() {
        return root;
    }

    /** Selects a search hit's words in the entry's text once the entry is chosen. */
    public void focus(TextFocus focus) {
        Runnable select = () -> TextSelection.selectWhenShown(root, List.of("#journal-entry-text"), focus.selectText(),
                messages.locale());
        if (isChosen(focus.ownerId())) {
            select.run();
            return;
        }
        viewModel.selectedProperty().addListener(new ChangeListener<JournalCard>() {
            @Override
            public void changed(ObservableValue<? extends JournalCard> observable, JournalCard before, JournalCard after) {
                if (isChosen(focus.ownerId())) {
                    viewModel.selectedProperty().removeListener(this);
                    select.run();
                }
            }
        });
    }

    private boolean isChosen(java.util.UUID entryId) {
        JournalCard chosen = viewModel.selectedProperty().get();
        return chosen != null && chosen.entry().id().equals(entryId);
    }

    private Node filters() {
        ComboBox<EntryKind> kind = new ComboBox<>();
        kind.getItems().setAll(EntryKind.values());
        kind.setId("journal-kind");
        kind.setPromptText(messages.get("journal.filter.kind"));
        kind.setAccessibleText(messages.get("journal.filter.kind"));
        kind.setConverter(converter(value -> messages.get("entry.kind." + value.name().toLowerCase())));
        kind.setButtonCell(promptingCell(kind.getPromptText(), kind.getConverter()));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());

        ComboBox<String> tag = new ComboBox<>(viewModel.tags());
        tag.setId("journal-tag");
        tag.setPromptText(messages.get("journal.filter.tag"));
        tag.setAccessibleText(messages.get("journal.filter.tag"));
        tag.setButtonCell(promptingCell(tag.getPromptText(), converter(value -> "#" + value)));
        tag.valueProperty().bindBidirectional(viewModel.tagProperty());

        ComboBox<ChallengeChoice> challenge = new ComboBox<>(viewModel.challenges());
        challenge.setId("journal-challenge");
        challenge.getStyleClass().add("title-choice");
        challenge.setPromptText(messages.get("journal.filter.challenge"));
        challenge.setAccessibleText(messages.get("journal.filter.challenge"));
        challenge.setButtonCell(promptingCell(challenge.getPromptText(), converter(ChallengeChoice::title)));
        challenge.valueProperty().bindBidirectional(viewModel.challengeProperty());

        Button clear = new Button(messages.get("journal.filter.clear"), new FontIcon(Feather.X));
        clear.setId("journal-clear-filters");
        clear.setOnAction(event -> viewModel.clearFilters());
        FlowPane row = new FlowPane(kind, tag, challenge, clear);
        row.setHgap(8);
        row.setVgap(8);
        return row;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("Chosen from the list only");
            }
        };
    }

    /** A cleared filter shows its prompt again instead of an empty box. */
    private static <T> ListCell<T> promptingCell(String prompt, StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? prompt : converter.toString(value));
            }
        };
    }

    private Node editor() {
        Label meta = new Label();
        meta.getStyleClass().add("entry-meta");
        meta.setWrapText(true);
        TextArea text = new TextArea();
        text.setId("journal-entry-text");
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setAccessibleText(messages.get("journal.entryText"));
        text.textProperty().bindBidirectional(viewModel.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Button history = new Button(messages.get("history.show"), new FontIcon(Feather.CLOCK));
        history.setId("journal-history");
        history.getStyleClass().addAll("flat", "history-button");
        history.setOnAction(event -> screens.showHistory(root.getScene().getWindow(), messages,
                viewModel.selectedProperty().get().entry().id(), viewModel::restored));
        Label none = new Label(messages.get("journal.chooseEntry"));
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        VBox editor = new VBox(12, none, meta, text, new HBox(history));
        editor.getStyleClass().addAll("screen", "journal-editor");
        viewModel.selectedProperty().addListener((observable, before, card) -> {
            boolean chosen = card != null;
            none.setVisible(!chosen);
            none.setManaged(!chosen);
            for (Node node : List.of(meta, text, history)) {
                node.setVisible(chosen);
                node.setManaged(chosen);
            }
            meta.setText(chosen ? describe(card) : "");
        });
        for (Node node : List.of(meta, text, history)) {
            node.setVisible(false);
            node.setManaged(false);
        }
        return editor;
    }

    private String describe(JournalCard card) {
        Entry entry = card.entry();
        List<String> parts = new ArrayList<>();
        parts.add(dates.format(entry.occurredOn()));
        parts.add(messages.get("entry.kind." + entry.kind().name().toLowerCase()));
        String place = place(card);
        if (!place.isEmpty()) {
            parts.add(place);
        }
        return String.join(" · ", parts);
    }

    /** "Udfordring › loop 2 › Planlægning", as far as the entry is linked. */
    private String place(JournalCard card) {
        List<String> parts = new ArrayList<>();
        if (card.challengeTitle() != null) {
            parts.add(card.challengeTitle());
        }
        if (card.loopNumber() != null) {
            parts.add(messages.format("search.loop", card.loopNumber()));
        }
        if (card.phaseTitle() != null) {
            parts.add(card.phaseTitle());
        }
        return String.join(" › ", parts);
    }

    private void fillTimeline() {
        List<Node> nodes = new ArrayList<>();
        if (viewModel.loadedProperty().get() && viewModel.weeks().isEmpty()) {
            Label none = new Label(messages.get("journal.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            nodes.add(none);
        }
        for (WeekGroup week : viewModel.weeks()) {
            Label heading = new Label(weekTitle(week));
            heading.getStyleClass().add("section-title");
            heading.setWrapText(true);
            nodes.add(heading);
            for (JournalCard card : week.cards()) {
                nodes.add(card(card));
            }
        }
        if (viewModel.hasMoreProperty().get()) {
            Button more = new Button(messages.get("journal.more"), new FontIcon(Feather.CHEVRONS_DOWN));
            more.setId("journal-more");
            more.setOnAction(event -> viewModel.loadMore());
            nodes.add(more);
        }
        timeline.getChildren().setAll(nodes);
    }

    /** "Uge 47 · 16.–22. november 2026". */
    private String weekTitle(WeekGroup week) {
        boolean sameMonth = week.monday().getMonth() == week.sunday().getMonth();
        boolean sameYear = week.monday().getYear() == week.sunday().getYear();
        String startPattern = sameMonth ? "journal.range.startSameMonth"
                : sameYear ? "journal.range.startSameYear" : "journal.range.end";
        String start = DateTimeFormatter.ofPattern(messages.get(startPattern), messages.locale()).format(week.monday());
        String end = DateTimeFormatter.ofPattern(messages.get("journal.range.end"), messages.locale()).format(week.sunday());
        return messages.format("journal.week", week.week(), start, end);
    }

    private Node card(JournalCard card) {
        Entry entry = card.entry();
        Label meta = new Label(describe(card), new FontIcon(iconOf(entry.kind())));
        meta.getStyleClass().add("entry-meta");
        meta.setWrapText(true);
        Label text = new Label(entry.text());
        text.setWrapText(true);
        VBox box = new VBox(6, meta, text);
        if (!entry.tags().isEmpty()) {
            FlowPane tags = new FlowPane(6, 6);
            for (String tag : entry.tags()) {
                Label label = new Label("#" + tag);
                label.getStyleClass().add("tag");
                tags.getChildren().add(label);
            }
            box.getChildren().add(tags);
        }
        box.getStyleClass().addAll("entry-card", "entry-kind-" + entry.kind().name().toLowerCase());
        JournalCard selected = viewModel.selectedProperty().get();
        if (selected != null && selected.entry().id().equals(entry.id())) {
            box.getStyleClass().add("selected");
        }
        box.setFocusTraversable(true);
        box.setAccessibleText(meta.getText() + ": " + entry.text());
        box.setOnMouseClicked(event -> viewModel.select(card));
        box.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                viewModel.select(card);
                event.consume();
            }
        });
        return box;
    }

    private static Feather iconOf(EntryKind kind) {
        return switch (kind) {
            case NOTE -> Feather.FILE_TEXT;
            case OBSERVATION -> Feather.EYE;
            case STAR_MOMENT -> Feather.STAR;
            case INSIGHT -> Feather.ZAP;
        };
    }
}
