package dk.refleksionsbog.app.answer;

import dk.refleksionsbog.core.domain.comment.SparringComment;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One template question with the leader's answer: what a screen binds an answer area to. Typing
 * into {@link #textProperty()} is saved by the {@link AnswerFields} that made the field.
 *
 * @see AnswerFields
 */
public final class AnswerField {
    private final String key;
    private final String label;
    private final String question;
    private final String help;
    private final boolean readOnly;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UUID> answerId = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SparringComment> comments = FXCollections.observableArrayList();
    private final ObservableList<SparringComment> readOnlyComments = FXCollections.unmodifiableObservableList(comments);

    AnswerField(String key, String label, String question, String help, boolean readOnly) {
        this.key = key;
        this.label = label;
        this.question = question;
        this.help = help;
        this.readOnly = readOnly;
    }

    /** The template key the answer is stored under. */
    public String key() {
        return key;
    }

    /** A short title; the question itself when the template has none. */
    public String label() {
        return label;
    }

    public String question() {
        return question;
    }

    /** Guidance under the question; empty when there is none. */
    public String help() {
        return help;
    }

    /** True for a challenge a sparring partner shared: the text is theirs and is only read here. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The stored answer's id, which comments refer to; null until the first word is saved. */
    public ReadOnlyObjectProperty<UUID> answerIdProperty() {
        return answerId.getReadOnlyProperty();
    }

    void answerId(UUID id) {
        answerId.set(id);
    }

    /** Sparring comments on this answer, oldest first. */
    public ObservableList<SparringComment> comments() {
        return readOnlyComments;
    }

    void showComments(List<SparringComment> forThisAnswer) {
        comments.setAll(forThisAnswer);
    }
}
