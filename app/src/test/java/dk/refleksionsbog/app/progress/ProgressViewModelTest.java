package dk.refleksionsbog.app.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.starmoments.StarMoment;
import dk.refleksionsbog.app.starmoments.StarMomentReader;
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
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressViewModelTest {
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

    private ProgressViewModel viewModel() {
        ProgressViewModel viewModel = new ProgressViewModel(store, executor, new StarMomentReader(store, ZoneOffset.UTC),
                FailureTexts.forLanguage("da"));
        viewModel.load();
        return viewModel;
    }

    /** Finishes the loop with the ratings and returns the next one. */
    private Loop rateAndFinish(Loop loop, Integer before, Integer after) {
        Loop rated = loop.withRatingBefore(before, clock.instant()).withRatingAfter(after, clock.instant());
        while (rated.currentPhase() != Phase.NEW_ACTION) {
            rated = rated.advance(clock.instant());
        }
        Loop.Succession succession = rated.finish("Næste skridt", UUID.randomUUID(), clock.instant());
        store.inTransaction(() -> {
            store.loops().save(succession.finished());
            store.loops().save(succession.next());
        });
        return succession.next();
    }

    @Test
    void showsTheNewestChallengesRatingsLoopByLoopAsChartPoints() {
        Journals.challengeWithFirstLoop(store, "Ældre udfordring", clock);
        clock.advance(Duration.ofMinutes(1));
        Loop first = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
        Loop second = rateAndFinish(first, 2, 3);
        Loop third = rateAndFinish(second, 3, 4);
        store.loops().save(third.withRatingBefore(4, clock.instant()));

        ProgressViewModel viewModel = viewModel();

        assertThat(viewModel.challenges()).extracting(ChallengeChoice::title).containsExactly("Ældre udfordring", "Mødekultur");
        assertThat(viewModel.challengeProperty().get().title()).isEqualTo("Mødekultur");
        assertThat(viewModel.ratings()).containsExactly(
                new LoopRatings(1, 2, 3), new LoopRatings(2, 3, 4), new LoopRatings(3, 4, null));
    }

    @Test
    void choosingAnotherChallengeShowsItsRatingsAndStarMoments() {
        Loop older = Journals.challengeWithFirstLoop(store, "Ældre udfordring", clock);
        store.loops().save(older.withRatingBefore(1, clock.instant()));
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.STAR_MOMENT, "Gruppen tog over",
                LocalDate.of(2026, 11, 20), clock.instant()).linkedTo(older.challengeId(), older.id(), null, clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
        ProgressViewModel viewModel = viewModel();
        assertThat(viewModel.starMoments()).isEmpty();

        viewModel.challengeProperty().set(viewModel.challenges().get(0));

        assertThat(viewModel.ratings()).containsExactly(new LoopRatings(1, 1, null));
        assertThat(viewModel.starMoments()).extracting(StarMoment::text).containsExactly("Gruppen tog over");
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        store = new FailingStore(store).failWith(StorageProblem.DISK_FULL);

        assertThat(viewModel().problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
