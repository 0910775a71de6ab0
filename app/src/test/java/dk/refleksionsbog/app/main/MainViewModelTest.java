package dk.refleksionsbog.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.app.settings.Settings;
import dk.refleksionsbog.app.autosave.Autosave;
import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.challenge.NewChallengeViewModel;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.main.SidebarItem.ChallengeItem;
import dk.refleksionsbog.app.main.SidebarItem.LoopItem;
import dk.refleksionsbog.app.main.SidebarItem.Place;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.Theme;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private AppContext context;

    private Path journal() {
        return folder.resolve("journal.refleksionsbog");
    }

    private MainViewModel start() {
        context = AppContext.open(AppContext.Options.inFolder(folder, journal()), clock, new SameThreadExecutor());
        MainViewModel viewModel = context.newMainViewModel();
        viewModel.load();
        return viewModel;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private Loop writeChallenge(String title) {
        clock.advance(java.time.Duration.ofMinutes(1));
        try (JournalStore store = SqliteJournalStore.open(journal(), clock)) {
            Challenge challenge = Challenge.create(UUID.randomUUID(), title, clock.instant());
            Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), clock.instant()).advance(clock.instant());
            store.inTransaction(() -> {
                store.challenges().save(challenge);
                store.loops().save(loop);
            });
            return loop;
        }
    }

    @Test
    void anEmptyJournalOpensOnTheWelcome() {
        MainViewModel viewModel = start();

        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.challenges()).isEmpty();
        assertThat(viewModel.selectionProperty().get()).isEqualTo(new Place(Destination.WELCOME));
        assertThat(viewModel.entryTarget()).isEmpty();
    }

    @Test
    void aJournalWithChallengesOpensOnTheNewestChallengesCurrentLoop() {
        writeChallenge("Mødekultur");
        Loop newest = writeChallenge("Borgerne med");

        MainViewModel viewModel = start();

        assertThat(viewModel.challenges()).extracting(ChallengeItem::title).containsExactly("Mødekultur", "Borgerne med");
        assertThat(viewModel.selectionProperty().get().key()).isEqualTo("loop:" + newest.id());
    }

    @Test
    void theSidebarIsFilledBeforeTheFirstScreenIsShownWhenTheScreenIsHeldBack() {
        Loop newest = writeChallenge("Borgerne med");
        context = AppContext.open(AppContext.Options.inFolder(folder, journal()), clock, new SameThreadExecutor());
        MainViewModel viewModel = context.newMainViewModel();
        java.util.List<Runnable> heldBack = new java.util.ArrayList<>();

        viewModel.load(heldBack::add);

        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.challenges()).extracting(ChallengeItem::title).containsExactly("Borgerne med");
        assertThat(viewModel.selectionProperty().get()).isNull();
        heldBack.forEach(Runnable::run);
        assertThat(viewModel.selectionProperty().get().key()).isEqualTo("loop:" + newest.id());
    }

    @Test
    void anItemPickedWhileTheFirstScreenIsHeldBackStaysShown() {
        writeChallenge("Borgerne med");
        context = AppContext.open(AppContext.Options.inFolder(folder, journal()), clock, new SameThreadExecutor());
        MainViewModel viewModel = context.newMainViewModel();
        java.util.List<Runnable> heldBack = new java.util.ArrayList<>();
        viewModel.load(heldBack::add);

        viewModel.select(Destination.SEARCH);
        heldBack.forEach(Runnable::run);

        assertThat(viewModel.selectionProperty().get()).isEqualTo(new Place(Destination.SEARCH));
    }

    @Test
    void theLastSelectionIsRememberedAcrossStarts() {
        Loop first = writeChallenge("Mødekultur");
        writeChallenge("Borgerne med");
        MainViewModel viewModel = start();
        viewModel.find("loop:" + first.id()).ifPresent(viewModel::select);
        context.close();

        MainViewModel restarted = start();

        assertThat(restarted.selectionProperty().get().key()).isEqualTo("loop:" + first.id());
        assertThat(new SettingsFile(folder.resolve("ui-settings.json")).load().lastSelection())
                .isEqualTo("loop:" + first.id());
    }

    @Test
    void aQuickEntryGoesToTheShownLoopInItsCurrentPhase() {
        Loop loop = writeChallenge("Mødekultur");
        MainViewModel viewModel = start();

        assertThat(viewModel.entryTarget()).get().satisfies(target -> {
            assertThat(target.loopId()).isEqualTo(loop.id());
            assertThat(target.challengeTitle()).isEqualTo("Mødekultur");
            assertThat(target.loopNumber()).isEqualTo(1);
            assertThat(target.phase()).isEqualTo(Phase.PLANNING);
        });
    }

    @Test
    void aQuickEntryIsNotLinkedToALoopSharedWithTheUser() {
        Loop loop = writeChallenge("Mødekultur");
        MainViewModel own = start();
        assertThat(own.quickEntryTarget()).isPresent();
        context.close();
        try (JournalStore store = SqliteJournalStore.open(journal(), clock)) {
            Challenge challenge = store.challenges().find(loop.challengeId()).orElseThrow();
            store.challenges().save(challenge.sharedBy("Anne Holm"));
        }

        MainViewModel viewModel = start();

        assertThat(viewModel.entryTarget()).get().satisfies(target -> assertThat(target.loopId()).isEqualTo(loop.id()));
        assertThat(viewModel.quickEntryTarget()).isEmpty();
    }

    @Test
    void aNewChallengeIsShownWithItsFirstLoop() {
        MainViewModel viewModel = start();
        NewChallengeViewModel creator = context.newChallengeViewModel(FailureTexts.forLanguage("da"));
        creator.titleProperty().set("Ny udfordring");

        creator.create(viewModel::showLoop);

        assertThat(viewModel.challenges()).extracting(ChallengeItem::title).containsExactly("Ny udfordring");
        assertThat(viewModel.selectionProperty().get()).isInstanceOfSatisfying(LoopItem.class,
                loop -> assertThat(loop.number()).isEqualTo(1));
    }

    @Test
    void themeAndTextSizeAreSettingsThatOutliveTheWindow() {
        MainViewModel viewModel = start();

        viewModel.switchTheme();
        viewModel.biggerText();
        viewModel.biggerText();
        viewModel.biggerText();
        viewModel.biggerText();

        assertThat(viewModel.settings().current().theme()).isEqualTo(Theme.DARK);
        assertThat(viewModel.settings().current().textSizePercent()).isEqualTo(200);
        viewModel.smallerText();
        assertThat(viewModel.settings().current().textSizePercent()).isEqualTo(150);
        assertThat(new SettingsFile(folder.resolve("ui-settings.json")).load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void theExampleJournalOpensInPlaceOfTheOwnAndBackAgain() {
        MainViewModel viewModel = start();
        int[] rebuilt = {0};
        context.onJournalOpened(() -> rebuilt[0]++);

        viewModel.openExampleJournal();

        MainViewModel example = context.newMainViewModel();
        example.load();
        assertThat(rebuilt[0]).isEqualTo(1);
        assertThat(example.isExampleJournal()).isTrue();
        assertThat(example.challenges()).hasSizeGreaterThanOrEqualTo(2);

        example.openOwnJournal();

        MainViewModel own = context.newMainViewModel();
        own.load();
        assertThat(own.isExampleJournal()).isFalse();
        assertThat(own.journalPath()).isEqualTo(journal());
        assertThat(own.challenges()).isEmpty();
    }

    @Test
    void aMeetingsSearchHitShowsTheMeetingsAndHandsItsFocusOutOnce() {
        writeChallenge("Mødekultur");
        MainViewModel viewModel = start();
        MainViewModel.TextFocus focus = new MainViewModel.TextFocus(UUID.randomUUID(), "meeting.reflectionRound", "tillid");

        viewModel.openAt(Destination.MEETINGS, focus);

        assertThat(viewModel.selectionProperty().get()).isEqualTo(new Place(Destination.MEETINGS));
        assertThat(viewModel.takeTextFocus(Destination.MEETINGS)).contains(focus);
        assertThat(viewModel.takeTextFocus(Destination.MEETINGS)).isEmpty();
        assertThat(viewModel.takeTextFocus(Destination.JOB_VISITS)).isEmpty();
    }

    @Test
    void aSearchHitsFocusWaitsForItsOwnScreen() {
        writeChallenge("Mødekultur");
        MainViewModel viewModel = start();
        MainViewModel.TextFocus entry = new MainViewModel.TextFocus(UUID.randomUUID(), null, "pause");
        MainViewModel.TextFocus visit = new MainViewModel.TextFocus(UUID.randomUUID(), null, "Jonas");

        viewModel.openAt(Destination.JOURNAL, entry);
        viewModel.openAt(Destination.JOB_VISITS, visit);

        assertThat(viewModel.selectionProperty().get()).isEqualTo(new Place(Destination.JOB_VISITS));
        assertThat(viewModel.takeTextFocus(Destination.JOB_VISITS)).contains(visit);
        assertThat(viewModel.takeTextFocus(Destination.JOURNAL)).contains(entry);
    }

    @Test
    void aChallengesDetailsAreAskedForFromItsLoopAndClosedAgain() {
        Loop loop = writeChallenge("Mødekultur");
        MainViewModel viewModel = start();
        viewModel.select(Destination.JOURNAL);
        viewModel.editShownChallenge();
        assertThat(viewModel.challengeToEditProperty().get()).isNull();

        viewModel.showLoop(loop.id());
        viewModel.editShownChallenge();

        assertThat(viewModel.challengeToEditProperty().get())
                .isEqualTo(new MainViewModel.TextFocus(loop.challengeId(), null, ""));
        viewModel.challengeEditClosed();
        assertThat(viewModel.challengeToEditProperty().get()).isNull();
    }

    @Test
    void aChallengesSearchHitSelectsTheChallengeAndAsksForItsDetails() {
        Loop loop = writeChallenge("Mødekultur");
        MainViewModel viewModel = start();
        viewModel.select(Destination.SEARCH);
        MainViewModel.TextFocus focus = new MainViewModel.TextFocus(loop.challengeId(), null, "kultur");

        viewModel.openChallenge(focus);

        assertThat(viewModel.selectionProperty().get().key()).isEqualTo("challenge:" + loop.challengeId());
        assertThat(viewModel.challengeToEditProperty().get()).isEqualTo(focus);
    }

    @Test
    void aStorageFailureWhileReadingTheSidebarIsShownInTheLeadersLanguage() {
        context = AppContext.open(AppContext.Options.inFolder(folder, journal()), clock, new SameThreadExecutor());
        SameThreadExecutor executor = new SameThreadExecutor();
        try (JournalStore failing = new FailingStore(Journals.open(folder, clock)).failWith(StorageProblem.DISK_FULL)) {
            MainViewModel viewModel = new MainViewModel(failing, executor,
                    new Autosave(failing, executor, clock, Duration.ofMillis(600)),
                    new Settings(new SettingsFile(folder.resolve("other-settings.json")), executor, UiSettings.defaults()),
                    context, FailureTexts.forLanguage("da"));

            viewModel.refresh();

            assertThat(viewModel.problemProperty().get()).startsWith("Disken er fuld")
                    .doesNotContain(FailingStore.ENGLISH_MESSAGE);
        }
    }
}
