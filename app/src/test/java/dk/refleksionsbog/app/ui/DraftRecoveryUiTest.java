package dk.refleksionsbog.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.autosave.DraftFile;
import dk.refleksionsbog.app.autosave.DraftWriter;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window started on a journal whose last session was killed during the typing pause: the
 * unsaved text is in the answer field and the status bar says it was recovered.
 */
@ExtendWith(ApplicationExtension.class)
class DraftRecoveryUiTest {
    private static final String SAVED = "Gemt før afbrydelsen";
    private static final String RECOVERED = SAVED + ", og det der aldrig nåede at blive gemt";

    @TempDir
    static Path root;

    private Stage stage;
    private UiSession session;
    private String fieldKey;

    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        Path journal = UiSession.newJournal(root, "ui");
        fieldKey = TemplateRegistry.loadDefault().defaultSet().questionsFor(Phase.CHALLENGE).get(0).key();
        Clock clock = Clock.systemDefaultZone();
        try (JournalStore store = SqliteJournalStore.open(journal, clock)) {
            Loop loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
            Answer saved = Answer.create(UUID.randomUUID(), loop.id(), fieldKey, SAVED, Instant.now());
            store.answers().save(saved);
            // As the killed session left it: the newer text only in the draft file.
            Autosave killed = new Autosave(store, new SameThreadExecutor(), clock, Autosave.DEFAULT_PAUSE,
                    new DraftWriter(DraftFile.of(store.path()), store.journal().id(), Runnable::run));
            killed.edited(saved.withText(RECOVERED, saved.updatedAt().plus(Duration.ofSeconds(2))));
        }
        session = UiSession.start(stage, journal, new SameThreadExecutor());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(session::closeAll);
    }

    @Test
    void theUnsavedTextIsBackInItsFieldAndTheStatusBarSaysSo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String field = "#answer-" + fieldKey.replace('.', '-');

        assertThat(robot.lookup(field).queryAs(TextInputControl.class).getText()).isEqualTo(RECOVERED);
        assertThat(robot.lookup("#save-state").queryAs(Labeled.class).getText())
                .isEqualTo("Gendannet tekst du skrev lige før programmet lukkede");
    }
}
