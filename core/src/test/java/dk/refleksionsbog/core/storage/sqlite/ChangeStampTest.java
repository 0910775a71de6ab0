package dk.refleksionsbog.core.storage.sqlite;

import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeStampTest {
    @TempDir
    Path folder;

    SqliteJournalStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Entry savedEntry(String text) {
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, text, LocalDate.of(2026, 3, 1), T0);
        store.entries().save(entry);
        return entry;
    }

    @Test
    void readingLeavesTheStampAsItWas() {
        savedEntry("Et møde om tillid");
        Optional<String> before = store.changeStamp();

        store.entries().count();
        store.search().search("tillid", 10);
        store.journal();

        assertThat(before).isPresent();
        assertThat(store.changeStamp()).isEqualTo(before);
    }

    @Test
    void aSaveThroughTheStoreChangesTheStamp() {
        Entry entry = savedEntry("Et møde om tillid");
        Optional<String> before = store.changeStamp();

        store.entries().save(entry.withText("Et møde om mod", T0.plusSeconds(1)));

        assertThat(store.changeStamp()).isNotEqualTo(before);
    }

    @Test
    void aTransactionThatWasRolledBackStillCountsAsAChange() {
        Optional<String> before = store.changeStamp();

        assertThatThrownBy(() -> store.inTransaction(() -> {
            savedEntry("Skrevet og fortrudt");
            throw new IllegalStateException("the user action failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.entries().count()).isZero();
        assertThat(store.changeStamp()).isNotEqualTo(before);
    }

    @Test
    void aCommitByAnotherConnectionChangesTheStamp() throws Exception {
        Optional<String> before = store.changeStamp();

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.path());
                Statement statement = other.createStatement()) {
            statement.executeUpdate("UPDATE journal SET owner_name = 'Skrevet udefra'");
        }

        assertThat(store.changeStamp()).isNotEqualTo(before);
        assertThat(store.journal().ownerName()).isEqualTo("Skrevet udefra");
    }
}
