package dk.refleksionsbog.app.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewChallengeViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final List<UUID> created = new ArrayList<>();
    private JournalStore store;
    private NewChallengeViewModel viewModel;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        viewModel = new NewChallengeViewModel(store, new SameThreadExecutor(), clock, FailureTexts.forLanguage("da"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyTitleIsRejectedInTheLeadersLanguage() {
        viewModel.titleProperty().set("   ");

        assertThat(viewModel.create(created::add)).isFalse();

        assertThat(viewModel.problemProperty().get()).isEqualTo("Giv udfordringen en titel.");
        assertThat(store.challenges().list()).isEmpty();
        assertThat(created).isEmpty();
    }

    @Test
    void theProblemGoesAwayWhenTheTitleIsChanged() {
        viewModel.create(created::add);
        viewModel.titleProperty().set("B");

        assertThat(viewModel.problemProperty().get()).isNull();
    }

    @Test
    void aChallengeIsCreatedWithItsFirstLoopInTheChallengePhase() {
        viewModel.titleProperty().set("  Borgerne med i planlægningen ");
        viewModel.descriptionProperty().set("Ruterne styrer dagen.");

        assertThat(viewModel.create(created::add)).isTrue();

        Challenge challenge = store.challenges().list().get(0);
        assertThat(challenge.title()).isEqualTo("Borgerne med i planlægningen");
        assertThat(challenge.description()).isEqualTo("Ruterne styrer dagen.");
        List<Loop> loops = store.loops().listByChallenge(challenge.id());
        assertThat(loops).singleElement().satisfies(loop -> {
            assertThat(loop.number()).isEqualTo(1);
            assertThat(loop.currentPhase()).isEqualTo(Phase.CHALLENGE);
        });
        assertThat(created).containsExactly(loops.get(0).id());
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        NewChallengeViewModel failing = new NewChallengeViewModel(new FailingStore(store).failWith(StorageProblem.DISK_FULL),
                new SameThreadExecutor(), clock, FailureTexts.forLanguage("da"));
        failing.titleProperty().set("Mødekultur");

        failing.create(created::add);

        assertThat(failing.problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
        assertThat(created).isEmpty();
    }

    @Test
    void aTooLongTitleIsRejectedInTheLeadersLanguage() {
        viewModel.titleProperty().set("x".repeat(Challenge.MAX_TITLE_LENGTH + 1));

        assertThat(viewModel.create(created::add)).isFalse();

        assertThat(viewModel.problemProperty().get()).isEqualTo("Titlen må højst være 200 tegn.");
    }
}
