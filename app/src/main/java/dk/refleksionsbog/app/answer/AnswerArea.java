package dk.refleksionsbog.app.answer;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A question, its answer area and the sparring comments on the answer. */
public final class AnswerArea {
    private final VBox root = new VBox();
    private final TextArea area = new TextArea();
    private final AnswerField field;
    private final Messages messages;

    /**
     * @param showQuestion false when a surrounding heading already says what the field is
     */
    public AnswerArea(AnswerField field, Messages messages, boolean showQuestion) {
        this.field = field;
        this.messages = messages;
        root.getStyleClass().add("answer-field");
        root.setSpacing(6);
        if (showQuestion) {
            Label question = new Label(field.question());
            question.getStyleClass().add("question");
            question.setWrapText(true);
            question.setLabelFor(area);
            root.getChildren().add(question);
        }
        if (!showQuestion && !field.help().isBlank()) {
            // Beside a heading the guidance waits inside the empty area, so areas in a row line up.
            area.setPromptText(field.help());
        } else if (!field.help().isBlank()) {
            Label help = new Label(field.help());
            help.getStyleClass().add("hint");
            help.setWrapText(true);
            root.getChildren().add(help);
        }
        area.getStyleClass().add("answer");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        // Narrow columns (the evaluation's three) must not force a sideways scroll bar.
        area.setPrefColumnCount(12);
        area.setMinWidth(0);
        area.setId("answer-" + field.key().replace('.', '-'));
        area.setAccessibleText(field.question());
        area.textProperty().bindBidirectional(field.textProperty());
        if (field.isReadOnly()) {
            area.setEditable(false);
            area.getStyleClass().add("read-only");
        }
        root.getChildren().add(area);
        VBox comments = new VBox(6);
        comments.getStyleClass().add("comments");
        field.comments().addListener((ListChangeListener<SparringComment>) change -> fill(comments, field, messages));
        fill(comments, field, messages);
        root.getChildren().add(comments);
    }

    private static void fill(VBox box, AnswerField field, Messages messages) {
        box.getChildren().setAll(field.comments().stream().map(comment -> commentNode(comment, messages)).toList());
    }

    /** A sparring comment: read-only, attributed and dated. */
    public static VBox commentNode(SparringComment comment, Messages messages) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(ZoneId.systemDefault());
        Label author = new Label(messages.format("loop.comment", comment.author(), date.format(comment.createdAt())));
        author.getStyleClass().add("comment-author");
        Label text = new Label(comment.text());
        text.setWrapText(true);
        VBox node = new VBox(author, text);
        node.getStyleClass().add("comment");
        node.setAccessibleText(author.getText() + ": " + comment.text());
        return node;
    }

    /**
     * Adds a "show earlier versions" button under the area; it is enabled once the answer has been
     * saved, and left out where the text is only read.
     */
    public AnswerArea withHistory(Consumer<AnswerField> showHistory) {
        if (field.isReadOnly()) {
            return this;
        }
        Button history = new Button(messages.get("history.show"), new FontIcon(Feather.CLOCK));
        history.getStyleClass().addAll("flat", "history-button");
        // In the evaluation's narrow columns the label wraps instead of being cut.
        history.setWrapText(true);
        history.setId("history-" + field.key().replace('.', '-'));
        history.setAccessibleText(messages.format("history.show.for", field.label()));
        history.disableProperty().bind(field.answerIdProperty().isNull());
        history.setOnAction(event -> showHistory.accept(field));
        HBox row = new HBox(history);
        row.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().add(root.getChildren().indexOf(area) + 1, row);
        return this;
    }

    /**
     * Adds a "Comment" button under the comments of an answer that is only read here (a sparring partner's shared
     * loop); it shows once the owner has written an answer, since there is nothing to comment on before.
     */
    public AnswerArea withComment(Consumer<AnswerField> comment) {
        if (!field.isReadOnly()) {
            return this;
        }
        Button button = new Button(messages.get("comment.action"), new FontIcon(Feather.MESSAGE_SQUARE));
        button.getStyleClass().addAll("flat", "comment-button");
        button.setId("comment-" + field.key().replace('.', '-'));
        button.setAccessibleText(messages.format("comment.action.for", field.label()));
        button.visibleProperty().bind(field.answerIdProperty().isNotNull());
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(event -> comment.accept(field));
        HBox row = new HBox(button);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.managedProperty().bind(button.visibleProperty());
        root.getChildren().add(row);
        return this;
    }

    public VBox root() {
        return root;
    }

    public TextArea area() {
        return area;
    }
}
