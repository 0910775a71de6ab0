package dk.refleksionsbog.core.storage.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File-system faults: each gives a clear message, and nothing acknowledged is lost or silently misplaced. */
class JournalFaultsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    private Path journal;

    @BeforeEach
    void journalPath() {
        journal = home.resolve("journal.refleksionsbog");
    }

    @Test
    @DisplayName("a journal file deleted while open: the next save fails clearly and everything saved is rescued to a new file")
    void deletedWhileOpen() throws Exception {
        try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            List<Entry> saved = saveEntries(store, 3);
            Files.delete(journal);

            assertThatThrownBy(() -> saveEntries(store, 1)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("was deleted or moved by another program while it was open")
                    .hasMessageContaining("This change was not saved")
                    .hasMessageContaining("Everything saved until now was copied to")
                    .satisfies(lost -> assertThat(problemOf(lost)).isEqualTo(StorageProblem.JOURNAL_LOST));

            Path rescued = onlyRescueCopy();
            assertThat(Files.exists(journal)).as("nothing was written under the lost name").isFalse();
            store.close();
            assertThat(entriesIn(rescued)).containsExactlyInAnyOrderElementsOf(saved);
        }
    }

    @Test
    @DisplayName("a journal file replaced while open: the replacement stays byte for byte untouched and the journal is rescued")
    void replacedWhileOpen() throws Exception {
        try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            List<Entry> saved = saveEntries(store, 2);
            Path other = home.resolve("other.txt");
            Files.writeString(other, "someone else's file");
            Files.move(other, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            assertThatThrownBy(() -> saveEntries(store, 1)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("was replaced by another file while it was open")
                    .satisfies(lost -> assertThat(problemOf(lost)).isEqualTo(StorageProblem.JOURNAL_LOST));

            assertThat(Files.readString(journal)).isEqualTo("someone else's file");
            store.close();
            assertThat(entriesIn(onlyRescueCopy())).containsExactlyInAnyOrderElementsOf(saved);
        }
    }

    @Test
    @DisplayName("a journal renamed while open (its write-ahead log left behind) is noticed and everything saved is rescued")
    void movedWhileOpen() throws Exception {
        List<Entry> saved;
        try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            saved = saveEntries(store, 2);
            Files.move(journal, home.resolve("moved.refleksionsbog"));

            assertThatThrownBy(() -> saveEntries(store, 1)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("deleted or moved")
                    .hasMessageContaining("Everything saved until now was copied to");
        }
        assertThat(entriesIn(onlyRescueCopy())).containsExactlyInAnyOrderElementsOf(saved);
    }

    @Test
    @DisplayName("a full disk: the save fails saying the disk is full; after freeing space everything acknowledged is there")
    void diskFull() throws Exception {
        Path small = home.resolve("small");
        try (FileSystemFaults.Mounted mounted = FileSystemFaults.tinyFileSystem(small, 512 * 1024)) {
            Path tight = small.resolve("journal.refleksionsbog");
            Path filler = small.resolve("filler");
            List<Entry> acknowledged = new ArrayList<>();
            StorageException full = null;
            try (JournalStore store = SqliteJournalStore.open(tight, CLOCK)) {
                Files.write(filler, new byte[128 * 1024]);
                for (int i = 0; i < 10_000 && full == null; i++) {
                    Entry entry = entry("lang refleksion " + i + " " + "æøå ".repeat(1_000));
                    try {
                        store.entries().save(entry);
                        acknowledged.add(entry);
                    } catch (StorageException e) {
                        full = e;
                    }
                }
            }

            assertThat(full).as("the disk filled up").isNotNull();
            assertThat(full).hasMessageContaining("disk is full");
            assertThat(full.problem()).isEqualTo(StorageProblem.DISK_FULL);
            assertThat(acknowledged).isNotEmpty();
            Files.delete(filler);
            try (JournalStore reopened = SqliteJournalStore.open(tight, CLOCK)) {
                assertThat(reopened.entries().list(EntryQuery.all(Integer.MAX_VALUE)))
                        .containsExactlyInAnyOrderElementsOf(acknowledged);
            }
            assertThat(integrity(tight)).isEqualTo("ok");
        }
    }

    @Test
    @DisplayName("a read-only journal file is reported clearly and left unchanged")
    void readOnlyFile() throws Exception {
        try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            saveEntries(store, 1);
        }
        byte[] before = Files.readAllBytes(journal);
        try (AutoCloseable readOnly = FileSystemFaults.readOnly(journal)) {
            assertThatThrownBy(() -> {
                        try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
                            saveEntries(store, 1);
                        }
                    })
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("read-only")
                    .satisfies(refused -> assertThat(problemOf(refused)).isEqualTo(StorageProblem.READ_ONLY));
        }
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    @DisplayName("a journal in a read-only folder is reported clearly and left unchanged")
    void readOnlyFolder() throws Exception {
        Path folder = home.resolve("locked");
        Path inside = folder.resolve("journal.refleksionsbog");
        try (JournalStore store = SqliteJournalStore.open(inside, CLOCK)) {
            saveEntries(store, 1);
        }
        byte[] before = Files.readAllBytes(inside);
        try (AutoCloseable readOnly = FileSystemFaults.readOnly(folder)) {
            assertThatThrownBy(() -> {
                        try (JournalStore store = SqliteJournalStore.open(inside, CLOCK)) {
                            saveEntries(store, 1);
                        }
                    })
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("read-only")
                    .satisfies(refused -> assertThat(problemOf(refused)).isEqualTo(StorageProblem.READ_ONLY));
        }
        assertThat(Files.readAllBytes(inside)).isEqualTo(before);
    }

    @Test
    @DisplayName("a new journal in a read-only folder is refused clearly, creating nothing")
    void newJournalInReadOnlyFolder() throws Exception {
        Path folder = Files.createDirectory(home.resolve("empty"));
        try (AutoCloseable readOnly = FileSystemFaults.readOnly(folder)) {
            assertThatThrownBy(() -> SqliteJournalStore.open(folder.resolve("journal.refleksionsbog"), CLOCK).close())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("read-only")
                    .satisfies(refused -> assertThat(problemOf(refused)).isEqualTo(StorageProblem.READ_ONLY));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private Path onlyRescueCopy() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            List<Path> rescued = files.filter(p -> p.getFileName().toString().startsWith("journal-rescued-")).toList();
            assertThat(rescued).hasSize(1);
            return rescued.get(0);
        }
    }

    private static List<Entry> saveEntries(JournalStore store, int count) {
        List<Entry> saved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Entry entry = entry("refleksion " + UUID.randomUUID());
            store.entries().save(entry);
            saved.add(entry);
        }
        return saved;
    }

    private static Entry entry(String text) {
        return Entry.create(UUID.randomUUID(), EntryKind.NOTE, text, LocalDate.of(2026, 11, 23), CLOCK.instant());
    }

    private static List<Entry> entriesIn(Path file) {
        try (JournalStore store = SqliteJournalStore.open(file, CLOCK)) {
            return store.entries().list(EntryQuery.all(Integer.MAX_VALUE));
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

    private static StorageProblem problemOf(Throwable failure) {
        return ((StorageException) failure).problem();
    }
}
