package dk.refleksionsbog.app.main;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Closes the open journal and opens another; the main window is then built again for it. */
public interface JournalSwitcher {
    /** {@code onProblem} gets the storage's message when the file cannot be opened; the open journal then stays. */
    void open(Path journal, Consumer<String> onProblem);

    void openDefault(Consumer<String> onProblem);

    /** Opens the example journal, writing it first if it does not exist yet. */
    void openExample(Consumer<String> onProblem);

    boolean isExample(Path journal);
}
