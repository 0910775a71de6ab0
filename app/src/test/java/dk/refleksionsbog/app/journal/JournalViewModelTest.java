package dk.refleksionsbog.app.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private Autosave autosave;
    private Loop loop;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        autosave = new Autosave(store, executor, clock, Duration.ofMillis(600));
        loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Entry write(EntryKind kind, String text, LocalDate day, List<String> tags) {
        Entry entry = Entry.create(UUID.randomUUID(), kind, text, day, clock.instant()).withTags(tags, clock.instant());
        store.entries().save(entry);
        return entry;
    }

    private JournalViewModel viewModel() {
        JournalViewModel viewModel = new JournalViewModel(store, executor, autosave, clock, phase -> "fase " + phase.name(),
                FailureTexts.forLanguage("da"));
        viewModel.load();
        return viewModel;
    }

    private static List<String> texts(JournalViewModel viewModel) {
        return viewModel.weeks().stream().flatMap(week -> week.cards().stream()).map(card -> card.entry().text()).toList();
    }

    @Test
    void groupsEntriesNewestFirstByIsoWeek() {
        write(EntryKind.NOTE, "Mandag uge 47", LocalDate.of(2026, 11, 16), List.of());
        write(EntryKind.NOTE, "Søndag uge 47", LocalDate.of(2026, 11, 22), List.of());
        write(EntryKind.NOTE, "Søndag uge 46", LocalDate.of(2026, 11, 15), List.of());
        write(EntryKind.NOTE, "Mandag uge 48", LocalDate.of(2026, 11, 23), List.of());

        JournalViewModel viewModel = viewModel();

        assertThat(viewModel.weeks()).extracting(WeekGroup::week).containsExactly(48, 47, 46);
        WeekGroup week47 = viewModel.weeks().get(1);
        assertThat(week47.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week47.sunday()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(texts(viewModel)).containsExactly("Mandag uge 48", "Søndag uge 47", "Mandag uge 47", "Søndag uge 46");
    }

    @Test
    void showsWhereALinkedEntryBelongs() {
        Entry linked = write(EntryKind.OBSERVATION, "Per tog ordet", LocalDate.of(2026, 11, 20), List.of())
                .linkedTo(loop.challengeId(), loop.id(), Phase.ACTION, clock.instant());
        store.entries().save(linked);

        JournalCard card = viewModel().weeks().get(0).cards().get(0);

        assertThat(card.challengeTitle()).isEqualTo("Mødekultur");
        assertThat(card.loopNumber()).isEqualTo(1);
        assertThat(card.phaseTitle()).isEqualTo("fase ACTION");
    }

    @Test
    void filtersByKindTagAndChallenge() {
        Entry linked = write(EntryKind.STAR_MOMENT, "Stjerne i loopet", LocalDate.of(2026, 11, 20), List.of("tillid"))
                .linkedTo(loop.challengeId(), loop.id(), null, clock.instant());
        store.entries().save(linked);
        write(EntryKind.STAR_MOMENT, "Stjerne uden udfordring", LocalDate.of(2026, 11, 19), List.of());
        write(EntryKind.NOTE, "Note om tillid", LocalDate.of(2026, 11, 18), List.of("tillid"));
        JournalViewModel viewModel = viewModel();
        assertThat(viewModel.tags()).containsExactly("tillid");

        viewModel.kindProperty().set(EntryKind.STAR_MOMENT);
        assertThat(texts(viewModel)).containsExactly("Stjerne i loopet", "Stjerne uden udfordring");

        viewModel.tagProperty().set("tillid");
        assertThat(texts(viewModel)).containsExactly("Stjerne i loopet");

        viewModel.clearFilters();
        viewModel.challengeProperty().set(viewModel.challenges().get(0));
        assertThat(texts(viewModel)).containsExactly("Stjerne i loopet");

        viewModel.clearFilters();
        assertThat(texts(viewModel)).hasSize(3);
    }

    @Test
    void readsAPageAtATimeAndMoreOnRequest() {
        for (int i = 0; i < JournalViewModel.PAGE + 5; i++) {
            write(EntryKind.NOTE, "Note " + i, LocalDate.of(2026, 1, 1).plusDays(i), List.of());
        }
        JournalViewModel viewModel = viewModel();
        assertThat(texts(viewModel)).hasSize(JournalViewModel.PAGE).startsWith("Note " + (JournalViewModel.PAGE + 4));
        assertThat(viewModel.hasMoreProperty().get()).isTrue();

        viewModel.loadMore();

        assertThat(texts(viewModel)).hasSize(JournalViewModel.PAGE + 5).endsWith("Note 0");
        assertThat(viewModel.hasMoreProperty().get()).isFalse();
    }

    @Test
    void choosesAnEntryByIdEvenBeyondThePagesRead() {
        Entry oldest = write(EntryKind.NOTE, "Den allerførste", LocalDate.of(2025, 1, 1), List.of());
        for (int i = 0; i < JournalViewModel.PAGE; i++) {
            write(EntryKind.NOTE, "Note " + i, LocalDate.of(2026, 1, 1).plusDays(i), List.of());
        }
        JournalViewModel viewModel = viewModel();

        viewModel.selectEntry(oldest.id());

        assertThat(viewModel.selectedProperty().get().entry().id()).isEqualTo(oldest.id());
        assertThat(viewModel.textProperty().get()).isEqualTo("Den allerførste");
    }

    @Test
    void editingTheSelectedEntryIsAutosaved() {
        Entry entry = write(EntryKind.NOTE, "Første tanke", LocalDate.of(2026, 11, 20), List.of());
        JournalViewModel viewModel = viewModel();

        viewModel.select(viewModel.weeks().get(0).cards().get(0));
        assertThat(viewModel.textProperty().get()).isEqualTo("Første tanke");
        viewModel.textProperty().set("Første tanke, skrevet om");
        assertThat(store.entries().find(entry.id()).orElseThrow().text()).isEqualTo("Første tanke");
        executor.runScheduled();

        assertThat(store.entries().find(entry.id()).orElseThrow().text()).isEqualTo("Første tanke, skrevet om");
        assertThat(store.revisions().history(entry.id())).isNotEmpty();
        viewModel.select(null);
        assertThat(texts(viewModel)).containsExactly("Første tanke, skrevet om");
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        store = new FailingStore(store).failWith(StorageProblem.DISK_FULL);

        assertThat(viewModel().problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
