package dk.refleksionsbog.app.ui;

import dk.refleksionsbog.app.files.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Headless tests cannot click in the system's file dialogs, so each dialog is answered with the
 * next file the test says the user picks; with none left, the user cancels.
 */
final class PresetFileDialogs implements FileDialogs {
    private final Deque<Path> picks = new ArrayDeque<>();

    /** The file the user picks in the next open or save dialog. */
    void willPick(Path file) {
        picks.add(file);
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, FileKind kind) {
        return Optional.ofNullable(picks.poll());
    }

    @Override
    public Optional<Path> open(Window owner, String title, FileKind kind, String allFilesDescription) {
        return Optional.ofNullable(picks.poll());
    }
}
