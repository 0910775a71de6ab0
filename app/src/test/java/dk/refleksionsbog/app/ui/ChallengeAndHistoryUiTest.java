package dk.refleksionsbog.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing a challenge after it was created, and restoring earlier versions, headless on a real journal file. */
@ExtendWith(ApplicationExtension.class)
class ChallengeAndHistoryUiTest {
    @TempDir
    static Path root;

    private Path journal;
    private Stage stage;
    private UiSession session;
    private Entry entry;

    /** A challenge in its first loop with an entry that was rewritten once. */
    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        journal = UiSession.newJournal(root, "challenge");
        Instant now = Instant.now().minusSeconds(600);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            Challenge challenge = Challenge.create(UUID.randomUUID(), "Mødekultur i ledergruppen", now);
            Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), now);
            Entry first = Entry.create(UUID.randomUUID(), EntryKind.OBSERVATION, "Første formulering af iagttagelsen",
                    LocalDate.now(), now).linkedTo(challenge.id(), loop.id(), loop.currentPhase(), now);
            entry = first.withText("Omskrevet iagttagelse", now.plusSeconds(60));
            store.inTransaction(() -> {
                store.challenges().save(challenge);
                store.loops().save(loop);
                store.entries().save(first);
                store.entries().save(entry);
            });
        }
        session = UiSession.start(stage, journal, new SameThreadExecutor());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(session::closeAll);
    }

    @Test
    void aChallengesDescriptionEditedAfterCreationIsThereAfterReopening(FxRobot robot) {
        robot.clickOn("#loop-challenge-details");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#details-challenge-description").write("Møderne er orientering, ikke beslutning.");
        TextInputControl title = robot.lookup("#details-challenge-title").queryAs(TextInputControl.class);
        robot.interact(() -> title.setText("Mødekultur og beslutninger"));
        robot.clickOn("#details-challenge-description").push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".challenge-cell").queryAs(Labeled.class).getText())
                .isEqualTo("Mødekultur og beslutninger");
        assertThat(robot.lookup(".loop-header .screen-title").queryAs(Labeled.class).getText())
                .isEqualTo("Mødekultur og beslutninger");

        robot.interact(() -> session = session.reopen(new SameThreadExecutor()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#details-challenge-description").queryAs(TextInputControl.class).getText())
                .isEqualTo("Møderne er orientering, ikke beslutning.");
        assertThat(robot.lookup("#details-challenge-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Mødekultur og beslutninger");
    }

    @Test
    void theSidebarsContextMenuOpensTheDetailsOfTheChallengeUnderThePointerAndOnlyForChallenges(FxRobot robot) {
        requestContextMenu(robot, ".loop-cell", false);
        assertThat(robot.lookup("Udfordringens detaljer…").tryQuery()).isEmpty();

        requestContextMenu(robot, ".challenge-cell", false);
        robot.clickOn("Udfordringens detaljer…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#details-challenge-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Mødekultur i ledergruppen");
    }

    @Test
    void theSidebarsRowsAreDrawnWithoutAShadowBehindThem(FxRobot robot) {
        // A list's or tree's rows sit in an inner node JavaFX names "sheet"; an app style of that name once put a shadow there.
        Node rows = robot.lookup(".sidebar .tree-view .sheet").query();

        assertThat(rows.getEffect()).isNull();
    }

    @Test
    void fromTheKeyboardTheSidebarsContextMenuIsAboutTheSelectedChallenge(FxRobot robot) {
        robot.clickOn(".challenge-cell");
        requestContextMenu(robot, ".tree-view", true);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#details-challenge-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Mødekultur i ledergruppen");
    }

    /** Monocle turns no right click or menu key into a context-menu request, so the test sends one as the platform would. */
    private static void requestContextMenu(FxRobot robot, String query, boolean fromKeyboard) {
        Node target = robot.lookup(query).query();
        robot.interact(() -> {
            Bounds bounds = target.localToScreen(target.getBoundsInLocal());
            Point2D inScene = target.localToScene(bounds.getWidth() / 2, bounds.getHeight() / 2);
            target.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, bounds.getWidth() / 2,
                    bounds.getHeight() / 2, bounds.getCenterX(), bounds.getCenterY(), fromKeyboard,
                    new PickResult(target, inScene.getX(), inScene.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEarlierVersionOfAnEntryIsRestoredFromTheLoopsEntries(FxRobot robot) {
        assertThat(robot.lookup(".entry-card Label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Omskrevet iagttagelse");

        robot.clickOn("#entry-history-" + entry.id());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> versions = robot.lookup("#history-list").queryAs(ListView.class);
        assertThat(versions.getItems()).hasSize(2);
        robot.interact(() -> versions.getSelectionModel().select(1));
        assertThat(robot.lookup("#history-text").queryAs(TextInputControl.class).getText())
                .isEqualTo("Første formulering af iagttagelsen");
        robot.clickOn("#history-restore");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(versions.getItems()).hasSize(3);
        assertThat(robot.from(stage.getScene().getRoot()).lookup(".entry-card Label").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("Første formulering af iagttagelsen")
                .doesNotContain("Omskrevet iagttagelse");

        robot.interact(session::closeLikeTheUser);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            assertThat(store.entries().find(entry.id()).orElseThrow().text())
                    .isEqualTo("Første formulering af iagttagelsen");
        }
    }

    @Test
    void atTwiceTheTextSizeTheChallengesStayInSightAndTheEntriesFollowTheQuestions(FxRobot robot) {
        Node entries = robot.lookup(".loop-entries").query();
        assertThat(inside(entries, ".screen")).as("entries beside the questions at 100 %").isFalse();

        robot.interact(() -> session.context.settings().update(settings -> settings.withTextSize(200)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();

        Node tree = robot.lookup(".sidebar .tree-view").query();
        double em = robot.lookup(".challenge-cell").queryAs(Labeled.class).getFont().getSize();
        assertThat(tree.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(6 * em);
        Node shownEntries = robot.lookup(".loop-entries").query();
        assertThat(inside(shownEntries, ".screen")).as("entries below the questions at 200 %").isTrue();
        double sceneWidth = stage.getScene().getWidth();
        assertThat(shownEntries.localToScene(shownEntries.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(sceneWidth);
    }

    private static boolean inside(Node node, String styleClass) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getStyleClass().contains(styleClass.substring(1))) {
                return true;
            }
        }
        return false;
    }
}
