package dk.refleksionsbog.core.storage.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * Which file the journal path named when the store opened it. SQLite keeps writing to its open
 * file even after that file was deleted, renamed or replaced by another program, so those writes
 * would vanish; comparing the file's identity (device and inode on POSIX) before each write
 * transaction turns that silent loss into a clear error. Costs one {@code stat} per transaction.
 */
final class JournalFileIdentity {
    private final Path file;
    private final Object key;

    private JournalFileIdentity(Path file, Object key) {
        this.file = file;
        this.key = key;
    }

    static JournalFileIdentity of(Path file) throws IOException {
        return new JournalFileIdentity(file, keyOf(file));
    }

    Path path() {
        return file;
    }

    /** Why the path no longer names the opened file, or empty while it still does. */
    Optional<String> whatChanged() {
        if (!Files.exists(file)) {
            return Optional.of("The journal file " + file + " was deleted or moved by another program while it was open.");
        }
        try {
            Object now = keyOf(file);
            if (key != null && !Objects.equals(key, now)) {
                return Optional.of("The journal file " + file + " was replaced by another file while it was open.");
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.of("The journal file " + file + " can no longer be read: " + unreadable.getMessage());
        }
    }

    /** The file's identity; null where the platform has none (Windows), which also locks open files against deletion. */
    private static Object keyOf(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }
}
