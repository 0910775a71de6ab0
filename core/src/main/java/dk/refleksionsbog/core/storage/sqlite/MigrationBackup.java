package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.FilePermissions;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.core.storage.sqlite.backup.BackupService;
import dk.refleksionsbog.core.storage.sqlite.backup.VerifiedSnapshot;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A verified copy of a journal taken before its schema is updated, in the journal's backup folder.
 * It is kept after a successful update; when the update fails, it is put back in place of the
 * journal. Its name is not a rolling backup's, so rolling backups never prune it.
 */
final class MigrationBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path journal;
    private final Path copy;

    private MigrationBackup(Path journal, Path copy) {
        this.journal = journal;
        this.copy = copy;
    }

    static MigrationBackup take(Path journal, int toVersion, Clock clock) {
        Path folder = BackupService.defaultFolder(journal);
        try {
            FilePermissions.createPrivateFolders(folder);
        } catch (IOException failure) {
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, folder, "The backup folder " + folder + " could not be created, so the journal was not "
                    + "updated: " + failure.getMessage(), failure);
        }
        String base = baseName(journal) + "-before-schema-" + toVersion + "-"
                + STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path copy = folder.resolve(base + ".refleksionsbog");
        for (int n = 2; Files.exists(copy); n++) {
            copy = folder.resolve(base + "-" + n + ".refleksionsbog");
        }
        VerifiedSnapshot.write(journal, copy);
        return new MigrationBackup(journal, copy);
    }

    private static String baseName(Path journal) {
        String name = journal.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    Path copy() {
        return copy;
    }

    /**
     * Puts the copy back in place of the journal, atomically. The journal must be closed; a write-ahead
     * log left behind would belong to the failed journal, so then nothing is replaced.
     */
    void restore() {
        Path wal = journal.resolveSibling(journal.getFileName() + "-wal");
        Path temp = journal.resolveSibling("." + journal.getFileName() + ".restoring");
        try {
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new StorageException("The journal could not be put back from " + copy
                        + " because it was not closed cleanly; restore that copy by hand.");
            }
            Files.copy(copy, temp, StandardCopyOption.REPLACE_EXISTING);
            FilePermissions.restrictFile(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(wal);
            Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + "-shm"));
        } catch (IOException failure) {
            throw new StorageException("The journal could not be put back from " + copy + ": " + failure.getMessage(),
                    failure);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException leftBehind) {
                // a stray temporary copy carries no journal name and is replaced next time
            }
        }
    }
}
