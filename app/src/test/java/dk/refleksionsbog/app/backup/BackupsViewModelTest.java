package dk.refleksionsbog.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.settings.Settings;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.backup.BackupService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private Autosave autosave;
    private BackupsViewModel viewModel;
    private int reopenedShown;

    /** Closes and reopens the real journal file, as the wiring point does. */
    private final JournalReopening reopening = new JournalReopening() {
        @Override
        public <T> T whileClosed(Callable<T> work) throws Exception {
            store.close();
            try {
                return work.call();
            } finally {
                store = Journals.open(folder, clock);
            }
        }

        @Override
        public void showReopened() {
            reopenedShown++;
        }
    };

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        BackupService service = new BackupService(store.path(), folder.resolve("backups"), 10, Duration.ofDays(1), clock);
        Settings settings = new Settings(new SettingsFile(folder.resolve("ui-settings.json")), executor, UiSettings.defaults());
        viewModel = new BackupsViewModel(AppContext.journalBackups(service), executor, autosave, reopening, settings,
                FailureTexts.forLanguage("da"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void addChallenge(String title) {
        store.challenges().save(Challenge.create(java.util.UUID.randomUUID(), title, clock.instant()));
    }

    @Test
    void takingABackupNowListsItWithItsDateAndSize() {
        addChallenge("Mødekultur");
        viewModel.load();
        assertThat(viewModel.backups()).isEmpty();

        viewModel.backUpNow();

        assertThat(viewModel.backups()).singleElement().satisfies(backup -> {
            assertThat(backup.takenAt()).isEqualTo(clock.instant());
            assertThat(backup.sizeInBytes()).isPositive();
            assertThat(Files.exists(backup.file())).isTrue();
        });
        assertThat(viewModel.outcomeProperty().get()).isInstanceOf(BackupsViewModel.Outcome.TakenNow.class);
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void restoringPutsTheJournalBackAndKeepsTheStateBeforeAsANewBackup() {
        addChallenge("Mødekultur");
        viewModel.backUpNow();
        BackupItem morning = viewModel.backups().get(0);
        clock.advance(Duration.ofHours(3));
        addChallenge("Sygefravær");

        viewModel.restore(morning);

        assertThat(store.challenges().list()).extracting(Challenge::title).containsExactly("Mødekultur");
        assertThat(reopenedShown).isEqualTo(1);
        BackupsViewModel.Outcome outcome = viewModel.outcomeProperty().get();
        assertThat(outcome).isInstanceOf(BackupsViewModel.Outcome.Restored.class);
        BackupItem before = ((BackupsViewModel.Outcome.Restored) outcome).before().orElseThrow();
        assertThat(viewModel.backups()).hasSize(2).first().isEqualTo(before);
        assertThat(viewModel.problemProperty().get()).isNull();
    }

    @Test
    void aRestoreCanBeUndoneWithTheBackupOfTheStateBefore() {
        addChallenge("Mødekultur");
        viewModel.backUpNow();
        clock.advance(Duration.ofHours(3));
        addChallenge("Sygefravær");
        viewModel.restore(viewModel.backups().get(0));
        BackupItem before = viewModel.backups().get(0);
        clock.advance(Duration.ofMinutes(5));

        viewModel.restore(before);

        assertThat(store.challenges().list()).extracting(Challenge::title)
                .containsExactlyInAnyOrder("Mødekultur", "Sygefravær");
    }

    @Test
    void aBackupThatIsGoneIsReportedAndTheJournalStaysAsItWas() throws Exception {
        addChallenge("Mødekultur");
        viewModel.backUpNow();
        BackupItem gone = viewModel.backups().get(0);
        Files.delete(gone.file());
        addChallenge("Sygefravær");

        viewModel.restore(gone);

        assertThat(viewModel.problemProperty().get()).isNotBlank();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(store.challenges().list()).hasSize(2);
        assertThat(reopenedShown).isZero();
    }
}
