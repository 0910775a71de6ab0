package dk.refleksionsbog.app.icon;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon (an open loop with an arrow) for windows, task bar and window switcher. The
 * desktop reads the sizes it needs; every window of the app should carry it, dialogs included.
 */
public final class AppIcon {
    /** Sizes of {@code refleksionsbog-<size>.png} next to this class; 512 px is only for installers. */
    static final List<Integer> WINDOW_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {}

    /** Puts the icon on a window. The images load in the background, so this never delays a start. */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(WINDOW_SIZES.stream().map(size -> new Image(url(size).toExternalForm(), true)).toList());
    }

    static URL url(int size) {
        return Objects.requireNonNull(AppIcon.class.getResource("refleksionsbog-" + size + ".png"),
                () -> "missing icon resource of " + size + " px");
    }
}
