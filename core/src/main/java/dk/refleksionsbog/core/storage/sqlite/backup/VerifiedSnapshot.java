package dk.refleksionsbog.core.storage.sqlite.backup;

import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A complete, checked copy of a journal: written with {@code VACUUM INTO} to a temporary file
 * beside the target, synced, reopened and checked with {@code PRAGMA integrity_check}, and only
 * then renamed into place. A copy that cannot be proven good never appears under its final name.
 */
public final class VerifiedSnapshot {
    private VerifiedSnapshot() {}

    /** Copies the journal the connection reads from into {@code target}, which must not exist yet. */
    public static void write(Connection source, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + ".partial");
        try {
            createUserOnlyEmptyFile(temp);
            try (Statement statement = source.createStatement()) {
                statement.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
            }
            sync(temp);
            verify(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(folder);
        } catch (SQLException e) {
            throw new StorageException(isDiskFull(e) ? StorageProblem.DISK_FULL : StorageProblem.OTHER, target.getParent(),
                    describe(e, target), e);
        } catch (IOException e) {
            throw new StorageException(isDiskFull(e) ? StorageProblem.DISK_FULL : StorageProblem.OTHER, target.getParent(),
                    describeIo(e, target), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Copies the journal file at {@code journal} (open elsewhere or not) into {@code target}. */
    public static void write(Path journal, Path target) {
        try (Connection source = openReadOnly(journal)) {
            write(source, target);
        } catch (SQLException e) {
            throw new StorageException("The journal " + journal + " could not be read for a backup: " + e.getMessage(), e);
        }
    }

    /** Fails unless the file is an SQLite database that passes {@code PRAGMA integrity_check}. */
    public static void verify(Path file) {
        try (Connection connection = openReadOnly(file);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new StorageException("The copy " + file.getFileName() + " is damaged (" + verdict + ")");
            }
        } catch (SQLException e) {
            throw new StorageException("The copy " + file.getFileName() + " is not a readable journal: "
                    + e.getMessage(), e);
        }
    }

    static Connection openReadOnly(Path file) throws SQLException {
        if (!Files.isRegularFile(file)) {
            throw new SQLException("no such file: " + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** A rename is only durable once its folder is synced; not every platform can open a folder. */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // The file content itself is already synced; only the rename's durability is left to the OS.
        }
    }

    private static void createUserOnlyEmptyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            // A stray partial copy is harmless: it never carries a backup's name and is replaced next time.
        }
    }

    private static String describe(SQLException e, Path target) {
        if (isDiskFull(e)) {
            return "The disk is full: the copy " + target.getFileName() + " could not be written in " + target.getParent();
        }
        return "The copy " + target.getFileName() + " could not be written: " + e.getMessage();
    }

    private static String describeIo(IOException e, Path target) {
        String reason = String.valueOf(e.getMessage());
        if (isDiskFull(e)) {
            return "The disk is full: the copy " + target.getFileName() + " could not be written in " + target.getParent();
        }
        return "The copy " + target.getFileName() + " could not be written in " + target.getParent() + ": " + reason;
    }

    private static boolean isDiskFull(IOException e) {
        return String.valueOf(e.getMessage()).contains("No space left");
    }

    static boolean isDiskFull(SQLException e) {
        if (e instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
            return true;
        }
        return e.getErrorCode() == SQLiteErrorCode.SQLITE_FULL.code;
    }
}
