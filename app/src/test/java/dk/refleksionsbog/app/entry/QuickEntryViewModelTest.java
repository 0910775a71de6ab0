package dk.refleksionsbog.app.entry;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.main.MainViewModel.EntryTarget;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickEntryViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<Entry> saved = new ArrayList<>();
    private JournalStore store;
    private Loop loop;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private QuickEntryViewModel forLoop() {
        QuickEntryViewModel viewModel = new QuickEntryViewModel(store, executor, clock,
                new EntryTarget(loop.challengeId(), "Mødekultur", loop.id(), 1, Phase.OBSERVATION), FailureTexts.forLanguage("da"));
        viewModel.load();
        return viewModel;
    }

    @Test
    void anEntryIsLinkedToTheLoopAndPhaseOnScreenAndDatedToday() {
        QuickEntryViewModel viewModel = forLoop();
        viewModel.kindProperty().set(EntryKind.STAR_MOMENT);
        viewModel.textProperty().set("Alle afdelingsledere sagde noget på mødet.");

        assertThat(viewModel.save(saved::add)).isTrue();

        Entry entry = store.entries().list(EntryQuery.ofLoop(loop.id())).get(0);
        assertThat(entry.kind()).isEqualTo(EntryKind.STAR_MOMENT);
        assertThat(entry.text()).isEqualTo("Alle afdelingsledere sagde noget på mødet.");
        assertThat(entry.challengeId()).isEqualTo(loop.challengeId());
        assertThat(entry.phase()).isEqualTo(Phase.OBSERVATION);
        assertThat(entry.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(saved).containsExactly(entry);
    }

    @Test
    void theLinkCanBeTurnedOff() {
        QuickEntryViewModel viewModel = forLoop();
        viewModel.textProperty().set("Et løst notat");
        viewModel.linkedToLoopProperty().set(false);

        viewModel.save(saved::add);

        assertThat(saved.get(0).loopId()).isNull();
        assertThat(saved.get(0).challengeId()).isNull();
    }

    @Test
    void anEntryWithoutTextIsRejectedInTheLeadersLanguage() {
        QuickEntryViewModel viewModel = forLoop();

        assertThat(viewModel.save(saved::add)).isFalse();

        assertThat(viewModel.problemProperty().get()).isEqualTo("Skriv en tekst først.");
        assertThat(store.entries().count()).isZero();
    }

    @Test
    void tagCompletionOffersTheTripleBottomLineAndTagsInUse() {
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "x", LocalDate.of(2026, 11, 1),
                clock.instant()).withTags(List.of("budget", "ordblindhed"), clock.instant()));
        QuickEntryViewModel viewModel = forLoop();

        viewModel.tagInputProperty().set("");
        assertThat(viewModel.tagSuggestions()).contains("borger", "organisation", "økonomi", "budget", "ordblindhed");

        viewModel.tagInputProperty().set("Ø");
        assertThat(viewModel.tagSuggestions()).containsExactly("økonomi");

        viewModel.addTag("økonomi");
        viewModel.tagInputProperty().set("");
        assertThat(viewModel.tagSuggestions()).doesNotContain("økonomi");
    }

    @Test
    void typedTagsAreNormalisedAndSavedWithTheEntry() {
        QuickEntryViewModel viewModel = forLoop();
        viewModel.textProperty().set("Borgerne vil tale om morgenbesøget");
        viewModel.tagInputProperty().set("#Borger");
        viewModel.addTypedTag();
        viewModel.tagInputProperty().set("Tidspunkt ");

        viewModel.save(saved::add);

        assertThat(saved.get(0).tags()).containsExactly("borger", "tidspunkt");
    }

    @Test
    void onlyAnObservationKeepsAnEvidenceLevel() {
        QuickEntryViewModel viewModel = forLoop();
        viewModel.kindProperty().set(EntryKind.OBSERVATION);
        assertThat(viewModel.evidenceApplies().get()).isTrue();
        viewModel.evidenceLevelProperty().set(EvidenceLevel.TENDENCIES);

        viewModel.kindProperty().set(EntryKind.NOTE);

        assertThat(viewModel.evidenceApplies().get()).isFalse();
        assertThat(viewModel.evidenceLevelProperty().get()).isNull();

        viewModel.kindProperty().set(EntryKind.OBSERVATION);
        viewModel.evidenceLevelProperty().set(EvidenceLevel.EXPERIENCES);
        viewModel.textProperty().set("Fire af ti samtaleark udfyldt");
        viewModel.save(saved::add);
        assertThat(saved.get(0).evidenceLevel()).isEqualTo(EvidenceLevel.EXPERIENCES);
    }

    @Test
    void withoutALoopOnScreenTheEntryBelongsToTheJournalOnly() {
        QuickEntryViewModel viewModel = new QuickEntryViewModel(store, executor, clock, null, FailureTexts.forLanguage("da"));
        viewModel.textProperty().set("Tanker efter fællesmødet");

        viewModel.save(saved::add);

        assertThat(viewModel.hasTarget()).isFalse();
        assertThat(saved.get(0).loopId()).isNull();
    }

    @Test
    void aStorageFailureWhileSavingIsShownInTheLeadersLanguage() {
        store = new FailingStore(store).failWith(StorageProblem.DISK_FULL);
        QuickEntryViewModel failing = new QuickEntryViewModel(store, executor, clock, null, FailureTexts.forLanguage("da"));
        failing.textProperty().set("Alle sagde noget.");

        failing.save(saved::add);

        assertThat(failing.problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
        assertThat(saved).isEmpty();
    }

    @Test
    void aTooLongTagIsRejectedInTheLeadersLanguage() {
        QuickEntryViewModel viewModel = forLoop();

        viewModel.addTag("x".repeat(41));

        assertThat(viewModel.problemProperty().get()).isEqualTo("Et mærke må højst være 40 tegn.");
        assertThat(viewModel.tags()).isEmpty();
    }
}
