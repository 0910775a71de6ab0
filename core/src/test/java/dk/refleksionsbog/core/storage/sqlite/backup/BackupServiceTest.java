package dk.refleksionsbog.core.storage.sqlite.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.faults.FileSystemFaults;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path home;

    private Path journal;
    private MutableClock clock;
    private Connection writer;

    @BeforeEach
    void createJournal() throws SQLException {
        journal = home.resolve("journal.refleksionsbog");
        clock = new MutableClock(Instant.parse("2026-11-23T08:15:30Z"), COPENHAGEN);
        writer = DriverManager.getConnection("jdbc:sqlite:" + journal);
        try (Statement statement = writer.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA wal_autocheckpoint=0");
            statement.execute("CREATE TABLE note(id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        }
    }

    @AfterEach
    void closeWriter() throws SQLException {
        writer.close();
    }

    @Test
    @DisplayName("a backup is a verified copy named by local date and time, including commits still in the write-ahead log")
    void backupCopiesEverythingCommitted() throws Exception {
        write("før mødet: sårbarhed og tillid");
        write("stjernestund ✨ med teamet");

        Backup backup = service(10).backUpNow();

        assertThat(backup.file()).isEqualTo(home.resolve("backups/journal-20261123-091530.refleksionsbog"));
        assertThat(backup.takenAt()).isEqualTo(clock.instant());
        assertThat(backup.sizeInBytes()).isEqualTo(Files.size(backup.file()));
        assertThat(Files.exists(Path.of(journal + "-wal"))).as("the test wrote through the log").isTrue();
        assertThat(texts(backup.file())).containsExactly("før mødet: sårbarhed og tillid", "stjernestund ✨ med teamet");
        assertThat(integrity(backup.file())).isEqualTo("ok");
    }

    @Test
    @DisplayName("backups and their folder are readable by the user only, and no partial file is left behind")
    void backupsAreUserOnly() throws Exception {
        write("privat");

        Backup backup = service(10).backUpNow();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file().getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.file()))).isEqualTo("rw-------");
        try (var files = Files.list(backup.file().getParent())) {
            assertThat(files).containsExactly(backup.file());
        }
    }

    @Test
    @DisplayName("a copy left by a backup cut off an hour or more ago is removed by the next backup; a fresher one is left alone")
    void removesCopiesOfBackupsCutOff() throws Exception {
        write("x");
        BackupService service = service(10);
        Files.createDirectories(service.folder());
        Path abandoned = service.folder().resolve(".journal-20261122-091530.refleksionsbog.partial");
        Path maybeBeingWritten = service.folder().resolve(".journal-20261123-091000.refleksionsbog.partial");
        Files.writeString(abandoned, "half a copy");
        Files.writeString(maybeBeingWritten, "half a copy");
        Files.setLastModifiedTime(abandoned, FileTime.from(clock.instant().minus(Duration.ofMinutes(61))));
        Files.setLastModifiedTime(maybeBeingWritten, FileTime.from(clock.instant().minus(Duration.ofMinutes(5))));

        Backup backup = service.backUpNow();

        try (var files = Files.list(service.folder())) {
            assertThat(files).containsExactlyInAnyOrder(backup.file(), maybeBeingWritten);
        }
    }

    @Test
    @DisplayName("only the configured number of newest backups is kept")
    void keepsConfiguredNumber() throws Exception {
        BackupService service = service(3);
        List<Path> written = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            write("dag " + day);
            written.add(service.backUpNow().file());
            clock.advance(Duration.ofDays(1));
        }

        assertThat(service.list()).extracting(Backup::file)
                .containsExactly(written.get(4), written.get(3), written.get(2));
        assertThat(written.subList(0, 2)).noneMatch(Files::exists);
        assertThat(texts(written.get(4))).hasSize(5);
    }

    @Test
    @DisplayName("the default keeps ten backups in backups/ beside the journal")
    void defaults() throws Exception {
        BackupService service = BackupService.withDefaults(journal, clock);
        write("x");
        for (int i = 0; i < 12; i++) {
            service.backUpNow();
            clock.advance(Duration.ofHours(1));
        }

        assertThat(service.folder()).isEqualTo(home.resolve("backups"));
        assertThat(service.list()).hasSize(BackupService.DEFAULT_KEEP);
    }

    @Test
    @DisplayName("two backups in the same second get distinct names and are both listed, newest first")
    void sameSecondBackups() throws Exception {
        BackupService service = service(10);
        write("a");
        Backup first = service.backUpNow();
        write("b");
        Backup second = service.backUpNow();

        assertThat(second.file().getFileName().toString()).isEqualTo("journal-20261123-091530-2.refleksionsbog");
        assertThat(service.list()).extracting(Backup::file).containsExactly(second.file(), first.file());
    }

    @Test
    @DisplayName("the listing shows dates and ignores files that are not backups")
    void listingIgnoresOtherFiles() throws Exception {
        BackupService service = service(10);
        write("a");
        Backup backup = service.backUpNow();
        Files.writeString(service.folder().resolve("notes.txt"), "mine");
        Files.writeString(service.folder().resolve("journal-2026-bad.refleksionsbog"), "not a backup name");

        assertThat(service.list()).containsExactly(backup);
        assertThat(service.lastBackupTime()).contains(Instant.parse("2026-11-23T08:15:30Z"));
    }

    @Test
    @DisplayName("a backup is written when due: on first call, then again only after a day")
    void backUpIfDue() throws Exception {
        BackupService service = service(10);
        write("a");

        assertThat(service.backUpIfDue()).isPresent();
        clock.advance(Duration.ofHours(23));
        assertThat(service.backUpIfDue()).isEmpty();
        assertThat(service.untilNextDue()).isEqualTo(Duration.ofHours(1));
        clock.advance(Duration.ofHours(1));
        assertThat(service.backUpIfDue()).isPresent();
        assertThat(service.list()).hasSize(2);
    }

    @Test
    @DisplayName("restore brings back the chosen backup and first backs up the state it replaces")
    void restoreBacksUpCurrentStateFirst() throws Exception {
        BackupService service = service(10);
        write("gammel tekst");
        Backup chosen = service.backUpNow();
        clock.advance(Duration.ofHours(2));
        write("ny tekst efter backup");
        writer.close();

        Optional<Backup> before = service.restore(chosen);

        assertThat(texts(journal)).containsExactly("gammel tekst");
        assertThat(integrity(journal)).isEqualTo("ok");
        assertThat(before).isPresent();
        assertThat(texts(before.get().file())).containsExactly("gammel tekst", "ny tekst efter backup");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-------");
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no write-ahead log of the old file and no temporary copy remain")
                    .noneMatch(name -> name.endsWith("-wal") || name.endsWith(".restoring"));
        }
    }

    @Test
    @DisplayName("restoring while the journal is open in the store is refused and changes nothing")
    void restoreRefusedWhileOpen() throws Exception {
        writer.close();
        Path realJournal = home.resolve("real.refleksionsbog");
        BackupService service = new BackupService(realJournal, home.resolve("backups"), 10, BackupSchedule.DAILY, clock);
        try (SqliteJournalStore store = SqliteJournalStore.open(realJournal, clock)) {
            Backup chosen = service.backUpNow();
            byte[] before = Files.readAllBytes(realJournal);

            assertThatThrownBy(() -> service.restore(chosen)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("still open");
            assertThat(Files.readAllBytes(realJournal)).isEqualTo(before);
            assertThat(store.entries().count()).isZero();
        }
        assertThat(service.restore(service.list().get(0))).isPresent();
    }

    @Test
    @DisplayName("a damaged backup is refused and the journal stays byte for byte unchanged")
    void damagedBackupIsRefused() throws Exception {
        BackupService service = service(10);
        write("min tekst");
        writer.close();
        Path fake = service.folder().resolve("journal-20261120-120000.refleksionsbog");
        Files.createDirectories(fake.getParent());
        byte[] noise = new byte[8192];
        new Random(5).nextBytes(noise);
        Files.write(fake, noise);
        byte[] journalBefore = Files.readAllBytes(journal);
        Backup damaged = service.list().stream().filter(b -> b.file().equals(fake)).findFirst().orElseThrow();

        assertThatThrownBy(() -> service.restore(damaged)).isInstanceOf(StorageException.class)
                .hasMessageContaining("journal-20261120-120000.refleksionsbog")
                .hasMessageContaining("not a readable journal");
        assertThat(Files.readAllBytes(journal)).isEqualTo(journalBefore);
    }

    @Test
    @DisplayName("a damaged journal can still be replaced by a backup; the damaged file is kept as a raw copy")
    void restoreOverDamagedJournal() throws Exception {
        BackupService service = service(10);
        write("god tekst");
        Backup chosen = service.backUpNow();
        writer.close();
        Files.deleteIfExists(Path.of(journal + "-wal"));
        Files.deleteIfExists(Path.of(journal + "-shm"));
        Files.writeString(journal, "this is not a database any more");

        Optional<Backup> before = service.restore(chosen);

        assertThat(before).isEmpty();
        assertThat(texts(journal)).containsExactly("god tekst");
        assertThat(Files.readString(service.folder().resolve("damaged-20261123-091530.refleksionsbog")))
                .isEqualTo("this is not a database any more");
    }

    @Test
    @DisplayName("a backup on a full disk fails saying so, leaves no partial file and keeps the earlier backups")
    void diskFullBackup() throws Exception {
        Path small = home.resolve("small");
        try (FileSystemFaults.Mounted mounted = FileSystemFaults.tinyFileSystem(small, 64 * 1024)) {
            BackupService service = new BackupService(journal, small.resolve("backups"), 10, BackupSchedule.DAILY, clock);
            write("kort");
            Backup first = service.backUpNow();
            byte[] firstBytes = Files.readAllBytes(first.file());
            clock.advance(Duration.ofHours(1));
            for (int i = 0; i < 20; i++) {
                write("lang tekst ".repeat(2_000) + i);
            }

            assertThatThrownBy(service::backUpNow).isInstanceOf(StorageException.class)
                    .hasMessageContaining("disk is full");
            assertThat(service.list()).containsExactly(first);
            assertThat(Files.readAllBytes(first.file())).isEqualTo(firstBytes);
            try (var files = Files.list(service.folder())) {
                assertThat(files).containsExactly(first.file());
            }
        }
    }

    private BackupService service(int keep) {
        return new BackupService(journal, BackupService.defaultFolder(journal), keep, BackupSchedule.DAILY, clock);
    }

    private void write(String text) throws SQLException {
        try (PreparedStatement insert = writer.prepareStatement("INSERT INTO note(text) VALUES (?)")) {
            insert.setString(1, text);
            insert.executeUpdate();
        }
    }

    private static List<String> texts(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note ORDER BY id")) {
            List<String> texts = new ArrayList<>();
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
            return texts;
        }
    }

    private static String integrity(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }

}
