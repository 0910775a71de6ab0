package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.FilePermissions;
import dk.refleksionsbog.core.storage.JournalLockedException;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on a sibling file, held while the journal is open, so a second window or
 * process cannot write the same journal. The lock file is left in place: deleting it would let a
 * waiting process lock a different file than the next one.
 */
final class JournalFileLock implements AutoCloseable {
    static final String SUFFIX = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private JournalFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path journalFile) {
        return journalFile.resolveSibling(journalFile.getFileName() + SUFFIX);
    }

    static JournalFileLock acquire(Path journalFile) {
        Path lockFile = lockFileOf(journalFile);
        FileChannel channel;
        try {
            FilePermissions.createPrivateFile(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (IOException failure) {
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, journalFile,
                    "The journal " + journalFile + " could not be locked: " + failure.getMessage(), failure);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException failure) {
            closeQuietly(channel, failure);
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, journalFile,
                    "The journal " + journalFile + " could not be locked: " + failure.getMessage(), failure);
        }
        if (lock == null) {
            closeQuietly(channel, null);
            throw new JournalLockedException("The journal is already open in another Refleksionsbog window. "
                    + "Close it there first (" + journalFile + ").", journalFile);
        }
        return new JournalFileLock(channel, lock);
    }

    private static void closeQuietly(FileChannel channel, Exception cause) {
        try {
            channel.close();
        } catch (IOException closeFailure) {
            if (cause != null) {
                cause.addSuppressed(closeFailure);
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException failure) {
            throw new StorageException("The journal lock could not be released: " + failure.getMessage(), failure);
        }
    }
}
