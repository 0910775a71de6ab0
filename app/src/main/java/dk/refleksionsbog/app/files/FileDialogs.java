package dk.refleksionsbog.app.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for a file. The app uses the system's dialogs; the headless UI tests, where no
 * system dialog can open, answer with the files a user would have picked.
 */
public interface FileDialogs {

    /** A kind of file offered in the dialog's filter, e.g. "Refleksionsbog-fil (.refleksion)" and "*.refleksion". */
    record FileKind(String description, String pattern) {}

    /** Where to save a new file; empty when the user cancels. */
    Optional<Path> save(Window owner, String title, String suggestedName, FileKind kind);

    /** Which existing file to open; empty when the user cancels. */
    Optional<Path> open(Window owner, String title, FileKind kind, String allFilesDescription);
}
