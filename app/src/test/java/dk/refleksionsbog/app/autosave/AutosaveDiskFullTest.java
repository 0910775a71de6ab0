package dk.refleksionsbog.app.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerFields;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.template.Question;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: a full disk gives a clear message in the app and loses nothing. The journal lives on a
 * real 512 KB tmpfs (skipped where mounting is not permitted); the leader types until a save fails.
 */
@EnabledOnOs(OS.LINUX)
class AutosaveDiskFullTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T13:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();

    @Test
    void aFullDiskShowsWhySavingFailedKeepsTheTextAndSavesItOnceThereIsRoom() throws Exception {
        Path small = folder.resolve("small");
        Files.createDirectories(small);
        run(List.of("mount", "-t", "tmpfs", "-o", "size=524288,mode=0700", "tmpfs", small.toString()));
        try {
            Path journal = small.resolve("dagbog.refleksionsbog");
            Path filler = small.resolve("fyld");
            String typed;
            try (JournalStore store = SqliteJournalStore.open(journal, clock)) {
                Loop loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
                Autosave autosave = new Autosave(store, executor, clock, Autosave.DEFAULT_PAUSE,
                        new DraftWriter(DraftFile.of(store.path()), store.journal().id(), Runnable::run));
                AnswerFields answers = new AnswerFields(loop.id(), List.of(), autosave, clock,
                        TEMPLATES.wording("da", ""), false);
                List<Question> questions = TEMPLATES.questionsFor(Phase.CHALLENGE);
                Files.write(filler, new byte[128 * 1024]);

                StringBuilder text = new StringBuilder();
                for (int round = 0; round < 2_000 && status(autosave) != SaveState.Status.FAILED; round++) {
                    text.append("Lang refleksion om borgerne, runde ").append(round).append(". ").append("æøå ".repeat(300));
                    clock.advance(Duration.ofSeconds(1));
                    answers.field(questions.get(0)).textProperty().set(text.toString());
                    executor.runScheduled();
                }
                typed = text.toString();

                assertThat(status(autosave)).as("the disk filled up").isEqualTo(SaveState.Status.FAILED);
                SaveState failed = autosave.stateProperty().get();
                assertThat(failed.problem()).as("the log's English").contains("disk is full");
                assertThat(failed.failure()).isInstanceOfSatisfying(StorageException.class,
                        full -> assertThat(full.problem()).isEqualTo(StorageProblem.DISK_FULL));
                assertThat(FailureTexts.forLanguage("da").describe(failed.failure()))
                        .as("what the Danish status bar says").startsWith("Disken er fuld. Din tekst er ikke gemt endnu");
                assertThat(FailureTexts.forLanguage("en").describe(failed.failure()))
                        .as("what the English status bar says").startsWith("The disk is full. Your text is not saved yet");
                assertThat(autosave.hasUnsavedEdits()).as("the text waits to be saved again").isTrue();

                Files.delete(filler);
                autosave.flush();

                assertThat(status(autosave)).isEqualTo(SaveState.Status.SAVED);
                AnswerField field = answers.field(questions.get(0));
                assertThat(field.textProperty().get()).isEqualTo(typed);
            }
            try (JournalStore reopened = SqliteJournalStore.open(journal, clock)) {
                assertThat(reopened.answers().listByOwner(loopIdOf(reopened))).extracting(Answer::text)
                        .containsExactly(typed);
            }
        } finally {
            run(List.of("umount", "-l", small.toString()));
        }
    }

    private static java.util.UUID loopIdOf(JournalStore store) {
        return store.loops().listByChallenge(store.challenges().list().get(0).id()).get(0).id();
    }

    private static SaveState.Status status(Autosave autosave) {
        return autosave.stateProperty().get().status();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            Assumptions.abort(String.join(" ", command) + " is not permitted here: " + output.strip());
        }
    }
}
