package dk.refleksionsbog.app.answer;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.template.Question;
import dk.refleksionsbog.core.template.Wording;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answers of one owner (a loop, meeting or job visit) as editable fields. Every change of a
 * field's text becomes an autosaved {@link Answer}, which the store keeps as a revision.
 */
public final class AnswerFields {
    private final UUID ownerId;
    private final Autosave autosave;
    private final Clock clock;
    private final Wording wording;
    private final boolean readOnly;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, AnswerField> fields = new LinkedHashMap<>();
    private List<SparringComment> comments = List.of();

    /**
     * @param stored the owner's answers as read from the store
     * @param readOnly true when the text belongs to someone else (a shared challenge)
     */
    public AnswerFields(UUID ownerId, List<Answer> stored, Autosave autosave, Clock clock, Wording wording,
            boolean readOnly) {
        this.ownerId = ownerId;
        this.autosave = autosave;
        this.clock = clock;
        this.wording = wording;
        this.readOnly = readOnly;
        stored.forEach(answer -> answers.put(answer.fieldKey(), answer));
    }

    /** The field for a template question, made once and then reused. */
    public AnswerField field(Question question) {
        return fields.computeIfAbsent(question.key(), key -> create(question));
    }

    public List<AnswerField> fields(List<Question> questions) {
        List<AnswerField> made = new ArrayList<>();
        questions.forEach(question -> made.add(field(question)));
        return made;
    }

    private AnswerField create(Question question) {
        AnswerField field = new AnswerField(question.key(), wording.label(question), wording.text(question),
                wording.help(question).orElse(""), readOnly);
        Answer stored = answers.get(question.key());
        if (stored != null) {
            field.textProperty().set(stored.text());
            field.answerId(stored.id());
            field.showComments(commentsOn(stored.id()));
        }
        field.textProperty().addListener((observable, before, after) -> edited(field, after));
        return field;
    }

    /** The text as the leader sees it now, saved or not. */
    public String text(String key) {
        AnswerField field = fields.get(key);
        if (field != null) {
            return field.textProperty().get();
        }
        Answer stored = answers.get(key);
        return stored == null ? "" : stored.text();
    }

    /** Shows each comment under the answer it was written on. */
    public void showComments(List<SparringComment> loaded) {
        comments = List.copyOf(loaded);
        for (AnswerField field : fields.values()) {
            field.showComments(commentsOn(field.answerIdProperty().get()));
        }
    }

    private List<SparringComment> commentsOn(UUID answerId) {
        return comments.stream().filter(comment -> comment.targetId().equals(answerId)).toList();
    }

    private void edited(AnswerField field, String text) {
        if (readOnly) {
            return;
        }
        Answer before = answers.get(field.key());
        Instant now = clock.instant();
        Answer changed;
        if (before == null) {
            changed = Answer.create(UUID.randomUUID(), ownerId, field.key(), text, now);
        } else {
            // A clock set back must not produce an answer updated before it was created.
            changed = before.withText(text, now.isBefore(before.updatedAt()) ? before.updatedAt() : now);
        }
        answers.put(field.key(), changed);
        field.answerId(changed.id());
        autosave.edited(changed);
    }
}
