package dk.refleksionsbog.app.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleJournalMeetingsTest {
    @TempDir
    Path folder;

    @Test
    void theExampleJournalsLatestMeetingOpensInTheEditor() {
        TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
        SameThreadExecutor executor = new SameThreadExecutor();
        try (JournalStore store = Journals.open(folder, clock)) {
            ExampleJournal.writeInto(store, clock);
            MeetingsViewModel viewModel = new MeetingsViewModel(store, executor,
                    new Autosave(store, executor, clock, Duration.ofMillis(600)),
                    clock, TemplateRegistry.loadDefault().forJournal(store.journal()), "da");

            viewModel.load();

            assertThat(viewModel.problemProperty().get()).isNull();
            assertThat(viewModel.meetings()).hasSize(3);
            assertThat(viewModel.selectedProperty().get().id()).isEqualTo(viewModel.meetings().get(0).id());
            assertThat(viewModel.sections()).isNotEmpty();
        }
    }
}
