package dk.refleksionsbog.app.main;

import dk.refleksionsbog.app.comment.CommentTarget;
import dk.refleksionsbog.app.files.FileDialogs;
import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.app.main.MainViewModel.EntryTarget;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * Builds the screens and dialogs the main window shows, each with its own view model. The wiring
 * point implements it, so the main window never needs to know what a screen depends on.
 */
public interface Screens {

    /** Whether this place has a screen; the sidebar lists only those that do. */
    boolean has(Destination destination);

    /** The view for a sidebar item, built fresh. */
    Node screenFor(SidebarItem item, MainViewModel main, Messages messages);

    /** Asks for a new challenge; {@code onCreated} gets its first loop's id once stored. */
    void newChallenge(Window owner, Messages messages, Consumer<UUID> onCreated);

    /** Asks for a quick entry linked to the target (null: not linked); {@code onSaved} runs once stored. */
    void quickEntry(Window owner, Messages messages, EntryTarget target, Runnable onSaved);

    /** Shows the printable summary of the loop, with the choice of its whole challenge. */
    void summary(Window owner, Messages messages, UUID loopId, UUID challengeId);

    /** Lists the journal's backups, to take one now or restore one. */
    void backups(Window owner, Messages messages);

    /**
     * Shares a loop or challenge (its id) or the whole journal (id null) as a file; a challenge
     * shared with the leader exports only the leader's comments on it.
     */
    void share(Window owner, Messages messages, ExchangeScope scope, UUID id);

    /** Shows what the file would import, and imports it when the leader says so. */
    void importFile(Window owner, Messages messages, Path file, Runnable onImported);

    /** Asks for a sparring comment on the target; {@code onSaved} gets it once stored. */
    void comment(Window owner, Messages messages, CommentTarget target, Consumer<SparringComment> onSaved);

    /** The open and save dialogs for files. */
    FileDialogs fileDialogs();

    /** Shows the earlier versions of an answer or entry; {@code onRestored} gets a restored text. */
    default void showHistory(Window owner, Messages messages, UUID targetId, Consumer<String> onRestored) {
        showHistory(owner, messages, targetId, null, onRestored);
    }

    /**
     * Shows the earlier versions of one text of a record: a challenge has several, named as in
     * {@code Revision}; null for an answer's or entry's only text.
     */
    void showHistory(Window owner, Messages messages, UUID targetId, String field, Consumer<String> onRestored);

    /**
     * Shows a challenge's details for editing; with a focus its words are selected there.
     * {@code onClosed} runs once what was typed is saved.
     */
    void editChallenge(Window owner, Messages messages, MainViewModel.TextFocus challenge, Runnable onClosed);
}
