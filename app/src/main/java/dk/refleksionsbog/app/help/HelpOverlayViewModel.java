package dk.refleksionsbog.app.help;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The overlay that lists every keyboard shortcut. */
public final class HelpOverlayViewModel {
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();

    public List<Shortcut> shortcuts() {
        return Arrays.stream(Shortcut.values()).filter(shortcut -> shortcut != Shortcut.HELP_ALTERNATIVE).toList();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public void toggle() {
        showing.set(!showing.get());
    }

    public void close() {
        showing.set(false);
    }
}
