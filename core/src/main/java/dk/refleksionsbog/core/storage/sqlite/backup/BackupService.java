package dk.refleksionsbog.core.storage.sqlite.backup;

import dk.refleksionsbog.core.storage.FilePermissions;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolling, verified backups of one journal file in a folder the user can see and change.
 *
 * <p>The app backs up once on start ({@link #backUpNow}) and then asks {@link #untilNextDue} how
 * long to wait before calling {@link #backUpIfDue}. Backups are read through their own read-only
 * connection, so they can be taken while the journal is open. {@link #restore} needs the journal
 * closed (it refuses otherwise): close the store, restore, open the store again.
 */
public final class BackupService {
    public static final int DEFAULT_KEEP = 10;
    public static final String DEFAULT_FOLDER_NAME = "backups";

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final Duration PARTIAL_COPY_ABANDONED_AFTER = Duration.ofHours(1);
    private static final String PREFIX = "journal-";
    private static final String SUFFIX = ".refleksionsbog";
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("journal-(\\d{8}-\\d{6})(?:-(\\d+))?\\.refleksionsbog");

    private final Path journal;
    private final Path folder;
    private final int keep;
    private final Duration interval;
    private final Clock clock;

    public BackupService(Path journal, Path folder, int keep, Duration interval, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("Keep at least one backup, was " + keep);
        }
        this.journal = journal.toAbsolutePath();
        this.folder = folder.toAbsolutePath();
        this.keep = keep;
        this.interval = interval;
        this.clock = clock;
    }

    /** Daily backups, ten kept, in {@code backups/} beside the journal. */
    public static BackupService withDefaults(Path journal, Clock clock) {
        return new BackupService(journal, defaultFolder(journal), DEFAULT_KEEP, BackupSchedule.DAILY, clock);
    }

    public static Path defaultFolder(Path journal) {
        return journal.toAbsolutePath().getParent().resolve(DEFAULT_FOLDER_NAME);
    }

    public Path folder() {
        return folder;
    }

    /** Writes a verified backup of the journal as it is now and drops the oldest beyond the number kept. */
    public Backup backUpNow() {
        Backup written = writeBackup();
        prune();
        return written;
    }

    public Optional<Backup> backUpIfDue() {
        return BackupSchedule.isDue(lastBackupTime(), clock.instant(), interval) ? Optional.of(backUpNow()) : Optional.empty();
    }

    public Duration untilNextDue() {
        return BackupSchedule.untilDue(lastBackupTime(), clock.instant(), interval);
    }

    public Optional<Instant> lastBackupTime() {
        return list().stream().findFirst().map(Backup::takenAt);
    }

    /** The backups in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                parse(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw new StorageException("The backup folder " + folder + " could not be read: " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::takenAt).thenComparingInt(BackupService::sequence).reversed());
        return backups;
    }

    /**
     * Puts the chosen backup in place of the journal, which must be closed. The state before the
     * restore is backed up first (or, if the journal is too damaged to copy that way, kept as a raw
     * copy named {@code damaged-…}), so a restore can itself be undone.
     *
     * @return the backup of the state before the restore, or empty when only a raw copy could be kept
     */
    public Optional<Backup> restore(Backup chosen) {
        VerifiedSnapshot.verify(chosen.file());
        try (JournalClosed closed = JournalClosed.holdWhileRestoring(journal)) {
            return restoreWhileClosed(chosen);
        }
    }

    private Optional<Backup> restoreWhileClosed(Backup chosen) {
        Optional<Backup> before = keepCurrentState();
        Path temp = journal.resolveSibling("." + journal.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(temp);
            Files.copy(chosen.file(), temp);
            UserOnly.restrictFile(temp);
            VerifiedSnapshot.sync(temp);
            VerifiedSnapshot.verify(temp);
            // A write-ahead log left beside the old file would be replayed into the restored one.
            Files.deleteIfExists(sidecar("-wal"));
            Files.deleteIfExists(sidecar("-shm"));
            Files.move(temp, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            VerifiedSnapshot.syncFolder(journal.getParent());
        } catch (IOException e) {
            throw new StorageException("The backup " + chosen.file().getFileName() + " could not be restored: "
                    + e.getMessage() + ". The journal as it was is kept in " + folder, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException leftBehind) {
                // A stray temporary copy never carries the journal's name; the next restore replaces it.
            }
        }
        prune();
        return before;
    }

    private Optional<Backup> keepCurrentState() {
        if (!Files.exists(journal)) {
            return Optional.empty();
        }
        try {
            checkpoint();
            return Optional.of(writeBackup());
        } catch (StorageException damaged) {
            keepRawCopy();
            return Optional.empty();
        }
    }

    /** Folds the write-ahead log into the journal file so nothing committed lives only in the log. */
    private void checkpoint() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journal);
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(10);
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new StorageException("The journal could not be prepared for a restore: " + e.getMessage(), e);
        }
    }

    private void keepRawCopy() {
        String stamp = NAME_TIME.format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        try {
            ensureFolder();
            for (String suffix : List.of("", "-wal")) {
                Path source = Path.of(journal + suffix);
                if (Files.exists(source)) {
                    Path copy = folder.resolve("damaged-" + stamp + SUFFIX + suffix);
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                    UserOnly.restrictFile(copy);
                    VerifiedSnapshot.sync(copy);
                }
            }
        } catch (IOException e) {
            throw new StorageException("The current journal could not be kept before the restore, so nothing was "
                    + "restored: " + e.getMessage(), e);
        }
    }

    private Backup writeBackup() {
        ensureFolder();
        removeCopiesCutOff();
        Path target = freeName(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        VerifiedSnapshot.write(journal, target);
        return parse(target).orElseThrow();
    }

    /**
     * A backup interrupted by a crash leaves its temporary copy behind, under a name no later
     * backup reuses. A copy being written is touched continuously, so one untouched for an hour
     * belongs to a dead process — even when the user points two journals at one folder.
     */
    private void removeCopiesCutOff() {
        Instant abandonedBefore = clock.instant().minus(PARTIAL_COPY_ABANDONED_AFTER);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + PREFIX + "*" + SUFFIX + ".partial")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(abandonedBefore)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("A backup copy cut off earlier could not be removed from the backup folder: {}", e.getClass().getSimpleName());
        }
    }

    private void prune() {
        List<Backup> backups = list();
        for (Backup old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new StorageException("The old backup " + old.file() + " could not be removed: " + e.getMessage(), e);
            }
        }
    }

    private Path freeName(LocalDateTime time) {
        String stamp = NAME_TIME.format(time);
        Path candidate = folder.resolve(PREFIX + stamp + SUFFIX);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(PREFIX + stamp + "-" + n + SUFFIX);
        }
        return candidate;
    }

    /** Backups taken within the same second are numbered from 2 in the order they were written. */
    private static int sequence(Backup backup) {
        Matcher name = NAME.matcher(backup.file().getFileName().toString());
        return name.matches() && name.group(2) != null ? Integer.parseInt(name.group(2)) : 1;
    }

    private Optional<Backup> parse(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Instant takenAt = LocalDateTime.parse(name.group(1), NAME_TIME).atZone(clock.getZone()).toInstant();
            return Optional.of(new Backup(file, takenAt, Files.size(file)));
        } catch (java.time.format.DateTimeParseException | IOException notOurs) {
            return Optional.empty();
        }
    }

    private void ensureFolder() {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder.getParent());
            UserOnly.createFolder(folder);
        } catch (IOException e) {
            throw new StorageException("The backup folder " + folder + " could not be created: " + e.getMessage(), e);
        }
    }

    private Path sidecar(String suffix) {
        return Path.of(journal + suffix);
    }

    /**
     * Holds the journal's lock (the same lock file the store takes) for the length of a restore: a
     * journal still open in this or another process is refused, and none can open it meanwhile.
     */
    static final class JournalClosed implements AutoCloseable {
        private final FileChannel channel;

        private JournalClosed(FileChannel channel) {
            this.channel = channel;
        }

        static JournalClosed holdWhileRestoring(Path journal) {
            Path real = journal;
            FileChannel channel = null;
            try {
                real = Files.exists(journal) ? journal.toRealPath() : journal;
                Path lockFile = real.resolveSibling(real.getFileName() + ".lock");
                FilePermissions.createPrivateFile(lockFile);
                channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                if (channel.tryLock() == null) {
                    throw new OverlappingFileLockException();
                }
                return new JournalClosed(channel);
            } catch (OverlappingFileLockException open) {
                closeQuietly(channel);
                throw new StorageException(StorageProblem.LOCKED, real,
                        "The journal " + real + " is still open. Close it before restoring a backup.");
            } catch (IOException e) {
                closeQuietly(channel);
                throw new StorageException("The journal " + real + " could not be locked for the restore: "
                        + e.getMessage(), e);
            }
        }

        private static void closeQuietly(FileChannel channel) {
            if (channel == null) {
                return;
            }
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }

        @Override
        public void close() {
            closeQuietly(channel);
        }
    }

    /** Backups hold the whole journal: readable by the user only, like the journal itself. */
    static final class UserOnly {
        private UserOnly() {}

        static void createFolder(Path folder) throws IOException {
            if (isPosix(folder)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectory(folder);
            }
        }

        static void restrictFile(Path file) throws IOException {
            if (isPosix(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        }

        private static boolean isPosix(Path path) {
            return path.getFileSystem().supportedFileAttributeViews().contains("posix");
        }
    }
}
