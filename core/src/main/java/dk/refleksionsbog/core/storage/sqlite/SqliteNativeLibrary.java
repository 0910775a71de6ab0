package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.AtomicFiles;
import dk.refleksionsbog.core.storage.FilePermissions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Lets the SQLite driver load its native library from the app's cache folder. Left to itself,
 * the driver unpacks the 1 MB library into the temporary folder at every start, reads it back
 * to compare, and lists the whole temporary folder to delete old copies: more than half of the
 * time it takes to open a journal, at every start of the app and of every command. Here the
 * library is unpacked once per driver version (written whole, then renamed into place, so a
 * crash or a second instance never leaves a half-written one that would be used) and the driver
 * is pointed at it. Anything unusual (a launcher that already chose a library, a resource that
 * is not there, a folder that cannot be written) leaves the driver to its own way, which works.
 */
public final class SqliteNativeLibrary {
    static final String LIBRARY_FOLDER = "org.sqlite.lib.path";
    static final String LIBRARY_NAME = "org.sqlite.lib.name";
    /** Where the driver unpacks if loading ours fails; it also cleans up its old copies there. */
    static final String UNPACK_FOLDER = "org.sqlite.tmpdir";

    private SqliteNativeLibrary() {}

    /**
     * Call before the first journal is opened. Returns the library the driver will load, or
     * empty if the driver is left to find its own.
     */
    public static Optional<Path> useCacheIn(Path cacheFolder) {
        if (System.getProperty(LIBRARY_FOLDER) != null || System.getProperty(LIBRARY_NAME) != null) {
            return Optional.empty();
        }
        String resourceFolder = LibraryLoaderUtil.getNativeLibResourcePath();
        String resource = resourceFolder + "/" + LibraryLoaderUtil.getNativeLibName();
        Path folder = cacheFolder.toAbsolutePath().resolve("sqlite-native");
        // Named by driver version and platform (a home folder may be shared by machines of another
        // kind), and so that the driver's clean-up, which deletes its own "sqlite-<version>-…"
        // copies, leaves it alone.
        String platform = resourceFolder.substring(resourceFolder.lastIndexOf("/native/") + "/native/".length()).replace('/', '-');
        String fileName = "driver-" + SQLiteJDBCLoader.getVersion() + "-" + platform + "-" + LibraryLoaderUtil.getNativeLibName();
        Path library = folder.resolve(fileName);
        try {
            if (!Files.isRegularFile(library) && !unpack(resource, library)) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException cannotUnpack) {
            return Optional.empty();
        }
        System.setProperty(LIBRARY_FOLDER, folder.toString());
        System.setProperty(LIBRARY_NAME, fileName);
        System.setProperty(UNPACK_FOLDER, folder.toString());
        return Optional.of(library);
    }

    private static boolean unpack(String resource, Path library) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            FilePermissions.createPrivateFolders(library.getParent());
            AtomicFiles.write(library, in.readAllBytes());
            return true;
        }
    }
}
