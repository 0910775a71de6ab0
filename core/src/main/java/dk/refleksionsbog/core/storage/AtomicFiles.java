package dk.refleksionsbog.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader sees either the old content or the whole new content, never a
 * half-written file, even when the process dies or the power fails mid-write.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the bytes to a temporary file beside the target, syncs it and moves it into place. */
    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // Files.createTempFile creates the file readable by the user only on POSIX systems.
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncFolder(folder);
    }

    /**
     * Moves a finished file (already synced) over the target atomically and makes the rename
     * durable; used when the temporary file was produced by something else, such as SQLite.
     */
    public static void replace(Path finishedTemp, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        moveIntoPlace(finishedTemp, absolute);
        syncFolder(absolute.getParent());
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notSupported) {
            throw new IOException("Cannot replace " + target + " atomically on this file system", notSupported);
        }
    }

    /** The rename is only durable once the folder itself is synced; Windows cannot open folders, so skip there. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // Folders cannot be opened for syncing on every platform; the file content itself is already synced.
        }
    }
}
