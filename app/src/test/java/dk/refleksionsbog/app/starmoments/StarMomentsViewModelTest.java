package dk.refleksionsbog.app.starmoments;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarMomentsViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsStarMomentEntriesAndEvaluationAnswersNewestFirstWithWhereTheyBelong() {
        Loop loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.STAR_MOMENT, "Ingen stjerne i går",
                LocalDate.of(2026, 11, 22), clock.instant()));
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Bare en note",
                LocalDate.of(2026, 11, 21), clock.instant()));
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.STAR_MOMENT, "Gruppen tog over",
                LocalDate.of(2026, 11, 18), clock.instant()).linkedTo(loop.challengeId(), loop.id(), null, clock.instant()));
        store.answers().save(Answer.create(UUID.randomUUID(), loop.id(), LoopField.EVALUATION_STAR_MOMENTS.key(),
                "Da Per selv bad om ordet", clock.instant()));
        store.answers().save(Answer.create(UUID.randomUUID(), loop.id(), LoopField.EVALUATION_DO_AFTER.key(),
                "Ikke en stjernestund", clock.instant()));

        StarMomentsViewModel viewModel = new StarMomentsViewModel(new StarMomentReader(store, ZoneOffset.UTC), executor,
                FailureTexts.forLanguage("da"));
        viewModel.load();

        assertThat(viewModel.moments()).extracting(StarMoment::text)
                .containsExactly("Da Per selv bad om ordet", "Ingen stjerne i går", "Gruppen tog over");
        StarMoment fromEvaluation = viewModel.moments().get(0);
        assertThat(fromEvaluation.fromEvaluation()).isTrue();
        assertThat(fromEvaluation.date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(fromEvaluation.challengeTitle()).isEqualTo("Mødekultur");
        assertThat(fromEvaluation.loopNumber()).isEqualTo(1);
        StarMoment unlinked = viewModel.moments().get(1);
        assertThat(unlinked.challengeTitle()).isNull();
        assertThat(unlinked.loopNumber()).isNull();
        assertThat(viewModel.moments().get(2).challengeTitle()).isEqualTo("Mødekultur");
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        JournalStore failing = new FailingStore(store).failWith(StorageProblem.DISK_FULL);
        StarMomentsViewModel viewModel = new StarMomentsViewModel(new StarMomentReader(failing, ZoneOffset.UTC), executor,
                FailureTexts.forLanguage("da"));

        viewModel.load();

        assertThat(viewModel.problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
