package dk.refleksionsbog.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.main.MainViewModel.LoopFocus;
import dk.refleksionsbog.app.main.SidebarItem.Place;
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

class OpenInLoopTest {
    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private AppContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void openingAPlaceInALoopShowsTheLoopAndHandsTheFocusOutOnceToThatLoopOnly() {
        Path journal = folder.resolve("journal.refleksionsbog");
        Loop loop;
        try (JournalStore store = SqliteJournalStore.open(journal, clock)) {
            Challenge challenge = Challenge.create(UUID.randomUUID(), "Mødekultur", clock.instant());
            loop = Loop.first(UUID.randomUUID(), challenge.id(), clock.instant());
            Loop stored = loop;
            store.inTransaction(() -> {
                store.challenges().save(challenge);
                store.loops().save(stored);
            });
        }
        context = AppContext.open(AppContext.Options.inFolder(folder, journal), clock, new SameThreadExecutor());
        MainViewModel main = context.newMainViewModel();
        main.load();
        main.select(Destination.SEARCH);
        LoopFocus focus = new LoopFocus(loop.id(), Phase.PLANNING, "trialAction.baseline", "sårbarhed");

        main.openInLoop(focus);

        assertThat(main.selectionProperty().get().key()).isEqualTo("loop:" + loop.id());
        assertThat(main.takeFocus(UUID.randomUUID())).isEmpty();
        assertThat(main.takeFocus(loop.id())).contains(focus);
        assertThat(main.takeFocus(loop.id())).isEmpty();
        assertThat(main.selectionProperty().get()).isNotEqualTo(new Place(Destination.SEARCH));
    }
}
