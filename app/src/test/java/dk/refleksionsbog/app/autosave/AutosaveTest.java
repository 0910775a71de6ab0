package dk.refleksionsbog.app.autosave;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.autosave.SaveState.Status;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T13:32:10Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private Autosave autosave;
    private Entry entry;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        entry = Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Første udkast", LocalDate.of(2026, 11, 23), clock.instant());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void edit(String text) {
        Entry changed = entry.withText(text, clock.instant());
        autosave.edited(entry.id(), target -> target.entries().save(changed));
    }

    @Test
    void anEditWaitsForTheTypingPauseAndIsThenWritten() {
        edit("Medarbejderne talte om borgernes morgen");

        assertThat(store.entries().find(entry.id())).isEmpty();
        assertThat(autosave.stateProperty().get().status()).isEqualTo(Status.SAVING);

        executor.runScheduled();

        assertThat(store.entries().find(entry.id())).get().extracting(Entry::text)
                .isEqualTo("Medarbejderne talte om borgernes morgen");
        assertThat(autosave.hasUnsavedEdits()).isFalse();
    }

    @Test
    void theStatusSaysWhenTheTextWasSavedInLocalTime() {
        edit("Gemmes om lidt");
        executor.runScheduled();

        SaveState state = autosave.stateProperty().get();
        assertThat(state.status()).isEqualTo(Status.SAVED);
        assertThat(state.savedAt()).isEqualTo(LocalTime.of(14, 32));
    }

    @Test
    void onlyTheLatestTextOfTheSameThingIsWritten() {
        edit("Før");
        edit("Før og efter");
        executor.runScheduled();

        assertThat(store.entries().find(entry.id())).get().extracting(Entry::text).isEqualTo("Før og efter");
        assertThat(store.revisions().history(entry.id())).hasSize(1);
    }

    @Test
    void flushWritesAtOnceWithoutWaitingForThePause() {
        edit("Skrevet lige før lukning");

        autosave.flush();

        assertThat(store.entries().find(entry.id())).get().extracting(Entry::text).isEqualTo("Skrevet lige før lukning");
        assertThat(executor.hasScheduled()).isFalse();
        assertThat(autosave.stateProperty().get().status()).isEqualTo(Status.SAVED);
    }

    @Test
    void aFailedSaveIsShownAndKeepsTheEditForTheNextAttempt() {
        edit("Dette må ikke gå tabt");
        store.close();

        autosave.flush();

        assertThat(autosave.stateProperty().get().status()).isEqualTo(Status.FAILED);
        assertThat(autosave.stateProperty().get().problem()).isNotBlank();
        assertThat(autosave.hasUnsavedEdits()).isTrue();
        store = Journals.open(folder, clock);
    }

    @Test
    void nothingTypedMeansNothingToSave() {
        autosave.flush();

        assertThat(autosave.stateProperty().get().status()).isEqualTo(Status.IDLE);
        assertThat(store.entries().count()).isZero();
    }
}
