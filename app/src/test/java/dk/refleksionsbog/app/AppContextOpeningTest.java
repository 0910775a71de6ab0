package dk.refleksionsbog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.core.storage.JournalLockedException;
import dk.refleksionsbog.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start's opening of journal, templates and settings on threads of their own. */
class AppContextOpeningTest {
    @TempDir
    Path folder;

    private AppContext.Opening opening(Path journal) {
        return AppContext.Opening.start(AppContext.Options.inFolder(folder, journal), Clock.systemDefaultZone());
    }

    @Test
    @DisplayName("the saved settings are there before the journal is needed, and the context uses them")
    void settingsAreReadAlongsideTheJournal() throws IOException {
        UiSettings saved = UiSettings.defaults().withTheme(Theme.DARK).withLanguage("en");
        new SettingsFile(folder.resolve("ui-settings.json")).save(saved);

        AppContext.Opening opening = opening(folder.resolve("journal.refleksionsbog"));

        assertThat(opening.settings()).isEqualTo(saved);
        try (AppContext context = opening.finish(new SameThreadExecutor())) {
            assertThat(context.settings().current()).isEqualTo(saved);
            assertThat(context.newMainViewModel().journalPath()).isEqualTo(folder.resolve("journal.refleksionsbog").toAbsolutePath());
        }
    }

    @Test
    @DisplayName("a file that is not a journal fails the opening with the storage's own message")
    void aFileThatIsNotAJournalFailsAsTheStoreSaysIt() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "Ikke en dagbog. ".repeat(20));

        AppContext.Opening opening = opening(notes);

        assertThatThrownBy(() -> opening.finish(new SameThreadExecutor()))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("not a Refleksionsbog journal");
        assertThat(Files.readString(notes)).isEqualTo("Ikke en dagbog. ".repeat(20));
    }

    @Test
    @DisplayName("the journal stays locked while a context has it open, and is free again after closing")
    void theJournalLockHoldsAcrossOpenings() {
        Path journal = folder.resolve("journal.refleksionsbog");
        AppContext first = opening(journal).finish(new SameThreadExecutor());

        assertThatThrownBy(() -> opening(journal).finish(new SameThreadExecutor()))
                .isInstanceOf(JournalLockedException.class);

        first.close();
        opening(journal).finish(new SameThreadExecutor()).close();
    }

    @Test
    @DisplayName("a journal open in another window is refused, at start and when switching, in the leader's language")
    void aLockedJournalIsRefusedInTheLeadersLanguage() throws IOException {
        Path journal = folder.resolve("journal.refleksionsbog");
        try (AppContext first = opening(journal).finish(new SameThreadExecutor())) {
            AppContext.Opening danish = opening(journal);
            RuntimeException refused = catchRuntimeException(() -> danish.finish(new SameThreadExecutor()));
            assertThat(danish.describe(refused))
                    .startsWith("Journalen er allerede åben i et andet Refleksionsbog-vindue. Luk den dér først")
                    .contains(journal.getFileName().toString());

            List<String> problems = new ArrayList<>();
            Path own = folder.resolve("egen.refleksionsbog");
            try (AppContext second = opening(own).finish(new SameThreadExecutor())) {
                second.open(journal, problems::add);
            }
            assertThat(problems).singleElement().asString()
                    .startsWith("Journalen er allerede åben i et andet Refleksionsbog-vindue");

            new SettingsFile(folder.resolve("ui-settings.json")).save(UiSettings.defaults().withLanguage("en"));
            AppContext.Opening english = opening(journal);
            refused = catchRuntimeException(() -> english.finish(new SameThreadExecutor()));
            assertThat(english.describe(refused))
                    .startsWith("The journal is already open in another Refleksionsbog window. Close it there first");
        }
    }
}
