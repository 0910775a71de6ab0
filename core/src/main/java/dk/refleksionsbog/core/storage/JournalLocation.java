package dk.refleksionsbog.core.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the leader's journal lives when no other file is chosen: the platform's per-user app-data folder. */
public final class JournalLocation {
    public static final String FILE_NAME = "journal.refleksionsbog";

    private JournalLocation() {}

    public static Path defaultJournal() {
        return defaultJournal(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The default journal for the given environment, OS name (as in {@code os.name}) and home folder. */
    public static Path defaultJournal(Map<String, String> environment, String osName, Path home) {
        return dataFolder(environment, osName, home).resolve(FILE_NAME);
    }

    /**
     * The platform's per-user cache folder for the app: files that can be made again from the
     * installed app, such as SQLite's unpacked native library.
     */
    public static Path cacheFolder() {
        return cacheFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The cache folder for the given environment, OS name (as in {@code os.name}) and home folder. */
    public static Path cacheFolder(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path local = localAppData == null || localAppData.isBlank()
                    ? home.resolve("AppData").resolve("Local")
                    : Path.of(localAppData);
            return local.resolve("Refleksionsbog").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Refleksionsbog");
        }
        String xdgCacheHome = environment.get("XDG_CACHE_HOME");
        Path cache = isAbsolute(xdgCacheHome) ? Path.of(xdgCacheHome) : home.resolve(".cache");
        return cache.resolve("refleksionsbog");
    }

    private static Path dataFolder(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path roaming = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return roaming.resolve("Refleksionsbog");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Refleksionsbog");
        }
        // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        Path data = isAbsolute(xdgDataHome) ? Path.of(xdgDataHome) : home.resolve(".local").resolve("share");
        return data.resolve("refleksionsbog");
    }

    private static boolean isAbsolute(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        try {
            return Path.of(path).isAbsolute();
        } catch (java.nio.file.InvalidPathException invalid) {
            return false;
        }
    }
}
