package dk.refleksionsbog.core.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A journal holds private thoughts about staff and citizens: on POSIX systems its folder is
 * user-only (0700) and its files 0600. Elsewhere (Windows) the per-user app-data folder already
 * belongs to the user alone.
 */
public final class FilePermissions {
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private FilePermissions() {}

    /** Creates the folder and any missing parents; the folders created here are user-only. */
    public static void createPrivateFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createPrivateFolders(parent);
        }
        try {
            Files.createDirectory(absolute);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        restrict(absolute, FOLDER);
    }

    /**
     * Creates an empty user-only file, or makes an existing one user-only. A new file is user-only
     * from its creation where the file system knows POSIX permissions, so no one else can open it
     * in between.
     */
    public static void createPrivateFile(Path file) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException exists) {
            // fall through: the permissions are fixed either way
        }
        restrictFile(file);
    }

    /** Makes an existing file user-only; does nothing if it does not exist. */
    public static void restrictFile(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, FILE);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(permissions);
        }
    }
}
