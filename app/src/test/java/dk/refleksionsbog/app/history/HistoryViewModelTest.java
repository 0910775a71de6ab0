package dk.refleksionsbog.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final List<String> shown = new ArrayList<>();
    private JournalStore store;
    private Answer answer;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        Loop loop = Journals.challengeWithFirstLoop(store, "Mødekultur", clock);
        answer = Answer.create(UUID.randomUUID(), loop.id(), LoopField.TRIAL_BASELINE.key(), "Første udkast", clock.instant());
        store.answers().save(answer);
        for (String text : List.of("Andet udkast", "Tredje udkast")) {
            clock.advance(Duration.ofMinutes(5));
            answer = answer.withText(text, clock.instant());
            store.answers().save(answer);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private HistoryViewModel viewModel() {
        HistoryViewModel viewModel = new HistoryViewModel(store, executor, answer.id(), null, shown::add, FailureTexts.forLanguage("da"));
        viewModel.load();
        return viewModel;
    }

    @Test
    void listsTheVersionsNewestFirstAndShowsTheNewest() {
        HistoryViewModel viewModel = viewModel();

        assertThat(viewModel.revisions()).extracting(Revision::text).contains("Første udkast", "Andet udkast");
        assertThat(viewModel.revisions()).extracting(Revision::savedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(viewModel.selectedProperty().get()).isEqualTo(viewModel.revisions().get(0));
    }

    @Test
    void restoringPutsTheOldTextBackAndHandsItToTheOpenView() {
        HistoryViewModel viewModel = viewModel();
        Revision first = viewModel.revisions().stream().filter(revision -> revision.text().equals("Første udkast"))
                .findFirst().orElseThrow();
        int before = viewModel.revisions().size();

        viewModel.selectedProperty().set(first);
        viewModel.restoreSelected();

        assertThat(store.answers().find(answer.id()).orElseThrow().text()).isEqualTo("Første udkast");
        assertThat(shown).containsExactly("Første udkast");
        assertThat(viewModel.revisions()).hasSizeGreaterThan(before);
        assertThat(viewModel.revisions()).extracting(Revision::text).contains("Tredje udkast");
        assertThat(viewModel.problemProperty().get()).isNull();
    }

    @Test
    void aChallengesHistoryShowsOnlyTheVersionsOfTheChosenText() {
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Tillid", clock.instant());
        clock.advance(Duration.ofMinutes(1));
        Challenge described = challenge.withDescription("Hvad jeg ser", clock.instant())
                .withIntention("", "Lytte mere", "", challenge.workMode(), clock.instant());
        store.challenges().save(described);

        HistoryViewModel viewModel = new HistoryViewModel(store, executor, challenge.id(), Revision.LEARNING_NEED,
                shown::add, FailureTexts.forLanguage("da"));
        viewModel.load();

        assertThat(viewModel.revisions()).extracting(Revision::text).containsExactly("Lytte mere");
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        store = new FailingStore(store).failWith(StorageProblem.DISK_FULL);

        assertThat(viewModel().problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
