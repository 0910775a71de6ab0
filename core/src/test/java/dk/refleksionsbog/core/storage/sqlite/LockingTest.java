package dk.refleksionsbog.core.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.storage.JournalLockedException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LockingTest {
    @TempDir
    Path folder;

    private Path journalFile() {
        return folder.resolve("journal.refleksionsbog");
    }

    @Test
    void aJournalOpenInAnotherProcessIsRefusedUntilThatProcessClosesIt() throws Exception {
        SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK).close();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                JournalHolder.class.getName(), journalFile().toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
                Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK))
                    .isInstanceOf(JournalLockedException.class)
                    .hasMessageContaining("The journal is already open in another Refleksionsbog window.")
                    .satisfies(locked -> assertThat(((JournalLockedException) locked).problem())
                            .isEqualTo(StorageProblem.LOCKED));

            in.write("close\n");
            in.flush();
            assertThat(out.readLine()).isEqualTo("closed");
        } finally {
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(holder.exitValue()).isZero();
        try (SqliteJournalStore reopened = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            assertThat(reopened.entries().count()).isZero();
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aJournalReachedThroughASymbolicLinkTakesTheSameLock() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("link.refleksionsbog"), journalFile());
        try (SqliteJournalStore first = SqliteJournalStore.open(journalFile(), StoreFixture.CLOCK)) {
            assertThatThrownBy(() -> SqliteJournalStore.open(link, StoreFixture.CLOCK))
                    .isInstanceOf(JournalLockedException.class);
        }
    }
}
