package dk.refleksionsbog.app.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: text typed and then the process killed within the typing pause is recovered on the next
 * start, never silently dropped. A child JVM types (part of it saved by one ended pause, the rest
 * not) and is killed with SIGKILL; the app's own start-up then puts the rest into the journal and
 * says so in the status bar.
 */
@DisabledOnOs(OS.WINDOWS)
class AutosaveKillTest {
    private static final String SAVED = "Vi starter møderne til tiden";
    private static final String TYPED_ON = ", og borgernes sager kommer først 🙂 — مرحبا";

    @TempDir
    Path folder;

    @Test
    void textTypedInTheTypingPauseSurvivesAKillAndIsPutBackOnTheNextStart() throws Exception {
        Path journal = folder.resolve("dagbog.refleksionsbog");
        TickingClock clock = TickingClock.at("2026-11-23T12:00:00Z");
        Loop loop;
        try (JournalStore store = SqliteJournalStore.open(journal, clock)) {
            loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
        }
        UUID noteId = UUID.randomUUID();

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TypingThenKilled.class.getName(), journal.toString(), loop.id().toString(), SAVED, TYPED_ON,
                noteId.toString())
                .redirectError(folder.resolve("child-errors.txt").toFile())
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as(() -> errorsOf(child)).isEqualTo("TYPED");
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }

        try (JournalStore store = SqliteJournalStore.open(journal, clock)) {
            assertThat(store.answers().listByOwner(loop.id())).as("only the part before the ended pause was saved")
                    .extracting(Answer::text).containsExactly(SAVED);
            assertThat(store.entries().find(noteId)).isEmpty();
        }
        assertThat(DraftFile.of(journal).path()).exists();

        try (AppContext app = AppContext.open(AppContext.Options.inFolder(folder, journal), clock, new SameThreadExecutor())) {
            assertThat(app.newMainViewModel().saveStateProperty().get().status()).isEqualTo(SaveState.Status.RECOVERED);
        }
        try (JournalStore store = SqliteJournalStore.open(journal, clock)) {
            assertThat(store.answers().listByOwner(loop.id())).extracting(Answer::text).containsExactly(SAVED + TYPED_ON);
            assertThat(store.entries().find(noteId)).get().extracting(Entry::text).isEqualTo("Noten blev aldrig gemt");
        }
        assertThat(DraftFile.of(journal).path()).as("emptied once everything is in the journal").doesNotExist();

        try (AppContext again = AppContext.open(AppContext.Options.inFolder(folder, journal), clock, new SameThreadExecutor())) {
            assertThat(again.newMainViewModel().saveStateProperty().get().status())
                    .as("told once, not at every start").isEqualTo(SaveState.Status.IDLE);
        }
    }

    private String errorsOf(Process child) {
        try {
            return Files.readString(folder.resolve("child-errors.txt"));
        } catch (java.io.IOException unreadable) {
            return unreadable.toString();
        }
    }
}
