package dk.refleksionsbog.app.settings;

import java.util.List;
import java.util.Objects;

/**
 * The look and place of the app, remembered between starts.
 *
 * @param language "da" or "en"
 * @param textSizePercent the root font size relative to the platform default, one of {@link #TEXT_SIZES}
 * @param window null until the window has been closed once
 * @param lastSelection the sidebar item last shown, as {@code SidebarItem.key()}; null for none
 * @param backups where backups go and how many are kept; the defaults when missing
 */
public record UiSettings(Theme theme, String language, int textSizePercent, WindowBounds window, String lastSelection,
        BackupSettings backups) {
    public static final List<Integer> TEXT_SIZES = List.of(100, 125, 150, 200);

    public UiSettings {
        theme = theme == null ? Theme.LIGHT : theme;
        language = "en".equals(language) ? "en" : "da";
        textSizePercent = TEXT_SIZES.contains(textSizePercent) ? textSizePercent : 100;
        backups = backups == null ? BackupSettings.defaults() : backups;
    }

    /**
     * Written out: a record's own equals is linked on its first call (an invokedynamic bootstrap
     * that generates method-handle classes), and that first call came at the first change of
     * screen, ~4 ms of the UI thread. The nested records are compared by reference first, as
     * {@link Objects#equals} does; a change of screen keeps them.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof UiSettings that && theme == that.theme && textSizePercent == that.textSizePercent
                && language.equals(that.language) && Objects.equals(window, that.window)
                && Objects.equals(lastSelection, that.lastSelection) && Objects.equals(backups, that.backups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(theme, language, textSizePercent, window, lastSelection, backups);
    }

    public static UiSettings defaults() {
        return new UiSettings(Theme.LIGHT, "da", 100, null, null, BackupSettings.defaults());
    }

    public UiSettings withTheme(Theme newTheme) {
        return new UiSettings(newTheme, language, textSizePercent, window, lastSelection, backups);
    }

    public UiSettings withLanguage(String newLanguage) {
        return new UiSettings(theme, newLanguage, textSizePercent, window, lastSelection, backups);
    }

    public UiSettings withTextSize(int percent) {
        return new UiSettings(theme, language, percent, window, lastSelection, backups);
    }

    public UiSettings withWindow(WindowBounds bounds) {
        return new UiSettings(theme, language, textSizePercent, bounds, lastSelection, backups);
    }

    public UiSettings withLastSelection(String selection) {
        return new UiSettings(theme, language, textSizePercent, window, selection, backups);
    }

    public UiSettings withBackups(BackupSettings newBackups) {
        return new UiSettings(theme, language, textSizePercent, window, lastSelection, newBackups);
    }
}
