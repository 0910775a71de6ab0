package dk.refleksionsbog.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.settings.BackupSettings;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.testing.TickingClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: the number of backups kept is configurable (default 10) and the backups go to a folder
 * the leader can see and change; both are settings that last, wired as the app wires them.
 */
class BackupSettingsTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");

    private AppContext open() {
        return AppContext.open(AppContext.Options.inFolder(folder, folder.resolve("dagbog.refleksionsbog")), clock,
                new SameThreadExecutor());
    }

    private static List<Path> filesIn(Path backups) throws IOException {
        try (Stream<Path> files = Files.list(backups)) {
            return files.sorted().toList();
        }
    }

    @Test
    void byDefaultTenAreKeptInAVisibleBackupsFolderBesideTheJournal() {
        try (AppContext app = open()) {
            BackupsViewModel backups = app.newBackupsViewModel();

            assertThat(backups.keepProperty().get()).isEqualTo(10).isEqualTo(BackupSettings.DEFAULT_KEEP);
            assertThat(backups.folderProperty().get()).isEqualTo(folder.resolve("backups").resolve("dagbog"));
        }
    }

    @Test
    void aChosenCountAndFolderAreUsedForTheNextBackupsAndRememberedForTheNextStart() throws IOException {
        Path chosen = folder.resolve("mine sikkerhedskopier");
        Files.createDirectories(chosen);
        try (AppContext app = open()) {
            BackupsViewModel backups = app.newBackupsViewModel();
            backups.changeKeep(2);
            backups.changeFolder(chosen);
            for (int i = 0; i < 3; i++) {
                backups.backUpNow();
                clock.advance(Duration.ofMinutes(1));
            }

            assertThat(backups.folderProperty().get()).isEqualTo(chosen.resolve("dagbog"));
            assertThat(filesIn(chosen.resolve("dagbog"))).as("the newest two are kept").hasSize(2);
            assertThat(backups.backups()).hasSize(2);
        }

        BackupSettings saved = new SettingsFile(folder.resolve("ui-settings.json")).load().backups();
        assertThat(saved).isEqualTo(new BackupSettings(chosen.toString(), 2));
        try (AppContext again = open()) {
            BackupsViewModel backups = again.newBackupsViewModel();
            assertThat(backups.keepProperty().get()).isEqualTo(2);
            assertThat(backups.folderProperty().get()).isEqualTo(chosen.resolve("dagbog"));
        }
    }

    @Test
    void aCountOutOfRangeFallsBackToTheDefault() {
        try (AppContext app = open()) {
            BackupsViewModel backups = app.newBackupsViewModel();
            backups.changeKeep(0);
            assertThat(backups.keepProperty().get()).isEqualTo(BackupSettings.DEFAULT_KEEP);
            backups.changeKeep(BackupSettings.MAX_KEEP + 1);
            assertThat(backups.keepProperty().get()).isEqualTo(BackupSettings.DEFAULT_KEEP);
        }
    }
}
