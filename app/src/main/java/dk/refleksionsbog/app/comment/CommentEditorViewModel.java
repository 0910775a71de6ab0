package dk.refleksionsbog.app.comment;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Writing a sparring comment on an answer or entry of a loop shared with the user. The comment is
 * signed with the user's name, which is the journal's owner name: asked the first time, then
 * remembered in the journal (and so also named as the sender of the files the user shares).
 * Comments are append-only: once saved, a comment is the partner's word on the text and travels
 * back to the owner as it is.
 */
public final class CommentEditorViewModel {

    /** Why the comment cannot be saved yet. */
    public enum Missing { TEXT, NAME }

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final Clock clock;
    private final CommentTarget target;

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper askForName = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Missing> missing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final BooleanBinding canSave;
    private String rememberedName = "";

    public CommentEditorViewModel(JournalStore store, BackgroundExecutor executor, Clock clock, CommentTarget target, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.target = target;
        canSave = Bindings.createBooleanBinding(
                () -> ready.get() && !saving.get() && !text.get().isBlank() && !author.get().isBlank(),
                ready, saving, text, author);
    }

    /** Reads the user's name in the background; until it is known the comment cannot be saved. */
    public void load() {
        executor.submit(() -> store.journal().ownerName(), name -> {
            rememberedName = name;
            author.set(name);
            askForName.set(name.isBlank());
            ready.set(true);
        }, failure -> problem.set(failures.describe(failure)));
    }

    public CommentTarget target() {
        return target;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The name the comment is signed with. */
    public StringProperty authorProperty() {
        return author;
    }

    /** True when the name field is shown: no name is known yet, or the user wants to change it. */
    public ReadOnlyBooleanProperty askForNameProperty() {
        return askForName.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** What the last attempt to save lacked; null when nothing. */
    public ReadOnlyObjectProperty<Missing> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Why the comment could not be stored; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Shows the name field, to sign with another name from now on. */
    public void changeName() {
        askForName.set(true);
    }

    /**
     * Stores the comment, and a new name with it, in one transaction; {@code onSaved} gets the
     * stored comment on the UI thread.
     */
    public void save(Consumer<SparringComment> onSaved) {
        if (!ready.get() || saving.get()) {
            return;
        }
        String name = author.get().strip();
        if (text.get().isBlank()) {
            missing.set(Missing.TEXT);
            return;
        }
        if (name.isEmpty()) {
            missing.set(Missing.NAME);
            askForName.set(true);
            return;
        }
        missing.set(null);
        Instant now = clock.instant();
        SparringComment comment = SparringComment.create(UUID.randomUUID(), target.targetId(), target.loopId(), name,
                text.get().strip(), now);
        boolean newName = !name.equals(rememberedName);
        saving.set(true);
        executor.submit(() -> {
            store.inTransaction(() -> {
                if (newName) {
                    Journal journal = store.journal();
                    Instant changedAt = now.isBefore(journal.updatedAt()) ? journal.updatedAt() : now;
                    store.saveJournal(journal.withOwnerName(name, changedAt));
                }
                store.comments().save(comment);
            });
            return comment;
        }, stored -> {
            saving.set(false);
            rememberedName = name;
            askForName.set(false);
            problem.set(null);
            onSaved.accept(stored);
        }, failure -> {
            saving.set(false);
            problem.set(failures.describe(failure));
        });
    }
}
