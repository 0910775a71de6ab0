package dk.refleksionsbog.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A leader and a sparring partner, each with their own journal file (as on two computers), share
 * a loop and get comments back, all with the mouse and keyboard in the real app.
 */
@ExtendWith(ApplicationExtension.class)
class SparringRoundTripUiTest {
    private static final String QUESTION = "#answer-phase-challenge-q1";
    private static final String ANSWER = "Uenigheden kommer ikke frem på mødet.";
    private static final String ENTRY = "Kun to sagde noget på mødet i dag.";

    @TempDir
    Path root;

    private final PresetFileDialogs files = new PresetFileDialogs();
    private Stage stage;
    private UiSession session;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (session != null) {
            robot.interact(session::closeAll);
        }
    }

    private void open(FxRobot robot, String who) throws IOException {
        Files.createDirectories(journalOf(who).getParent());
        robot.interact(() -> session = UiSession.start(stage, journalOf(who), new SameThreadExecutor(), files));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path journalOf(String who) {
        return root.resolve(who).resolve(who + ".refleksionsbog");
    }

    private void closeApp(FxRobot robot) {
        closeDialogs(robot);
        robot.interact(session::closeLikeTheUser);
    }

    @Test
    void aLeaderSharesALoopThePartnerCommentsAndTheLeaderSeesTheCommentsNextToTheirText(FxRobot robot)
            throws IOException {
        Path loopFile = root.resolve("mødekultur.refleksion");
        Path commentsFile = root.resolve("kommentarer.refleksion");

        // The leader writes an answer and an entry and shares the loop, signing it with their name.
        open(robot, "leder");
        robot.clickOn("#new-challenge");
        robot.clickOn("#challenge-title").write("Mødekultur i ledergruppen");
        robot.clickOn("#challenge-create");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(QUESTION).write(ANSWER);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#entry-text").write(ENTRY);
        robot.clickOn("#entry-save");
        WaitForAsyncUtils.waitForFxEvents();
        session.chooseMenuItem(robot, "menu.file.shareLoop");
        robot.clickOn("#share-your-name").write("Anne Holm");
        files.willPick(loopFile);
        robot.clickOn("#share-save");
        assertThat(loopFile).isRegularFile();
        closeApp(robot);
        Answer answerBefore;
        Entry entryBefore;
        try (JournalStore store = SqliteJournalStore.open(journalOf("leder"), Clock.systemDefaultZone())) {
            Loop loop = store.loops().listByChallenge(store.challenges().list().get(0).id()).get(0);
            answerBefore = store.answers().find(loop.id(), "phase.challenge.q1").orElseThrow();
            entryBefore = store.entries().list(EntryQuery.all(10)).get(0);
        }

        // The partner imports it, sees it read-only and comments on the answer and the entry.
        open(robot, "partner");
        files.willPick(loopFile);
        session.chooseMenuItem(robot, "menu.file.import");
        assertThat(texts(robot, ".dialog-pane .label")).anySatisfy(text -> assertThat(text).contains("Anne Holm"));
        robot.clickOn("#import-apply");
        closeDialogs(robot);
        robot.clickOn("Mødekultur i ledergruppen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".read-only-banner .label")).anySatisfy(text -> assertThat(text).startsWith("Delt af Anne Holm"));
        TextArea shared = robot.lookup(QUESTION).queryAs(TextArea.class);
        assertThat(shared.getText()).isEqualTo(ANSWER);
        assertThat(shared.isEditable()).isFalse();

        robot.clickOn("#comment-phase-challenge-q1");
        assertThat(shown(robot.lookup("#comment-author").query())).as("the name is asked the first time").isTrue();
        robot.clickOn("#comment-author").write("Mette Lund");
        robot.clickOn("#comment-text").write("Hvordan ved du, at de er uenige?");
        robot.clickOn("#comment-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(commentsNextTo(robot, robot.lookup(QUESTION).query()))
                .containsExactly("Kommentar fra Mette Lund|Hvordan ved du, at de er uenige?");

        robot.clickOn(".entry-card .comment-button");
        assertThat(shown(robot.lookup("#comment-author").query())).as("the name is asked only once").isFalse();
        assertThat(texts(robot, ".comment-signed .label")).contains("Du kommenterer som Mette Lund.");
        robot.clickOn("#comment-text").write("Hvem var de to?");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(commentsNextTo(robot, robot.lookup(".entry-card").query()))
                .containsExactly("Kommentar fra Mette Lund|Hvem var de to?");

        robot.clickOn("#export-comments");
        assertThat(robot.lookup("#share-your-name").queryAs(TextInputControl.class).getText()).isEqualTo("Mette Lund");
        files.willPick(commentsFile);
        robot.clickOn("#share-save");
        assertThat(commentsFile).isRegularFile();
        closeApp(robot);

        // The leader imports the comments and finds them next to their own, unchanged text.
        open(robot, "leder");
        files.willPick(commentsFile);
        session.chooseMenuItem(robot, "menu.file.import");
        assertThat(robot.lookup("#import-comments").queryAs(Labeled.class).getText())
                .isEqualTo("2 nye kommentarer fra Mette Lund.");
        robot.clickOn("#import-apply");
        closeDialogs(robot);
        robot.clickOn("Mødekultur i ledergruppen");
        WaitForAsyncUtils.waitForFxEvents();

        TextArea own = robot.lookup(QUESTION).queryAs(TextArea.class);
        assertThat(own.getText()).isEqualTo(ANSWER);
        assertThat(own.isEditable()).isTrue();
        assertThat(commentsNextTo(robot, own)).containsExactly("Kommentar fra Mette Lund|Hvordan ved du, at de er uenige?");
        assertThat(commentsNextTo(robot, robot.lookup(".entry-card").query()))
                .containsExactly("Kommentar fra Mette Lund|Hvem var de to?");
        assertThat(robot.lookup(".comment-button").tryQuery()).as("the leader does not comment on their own text")
                .isEmpty();

        // Importing the same file again has nothing to do.
        files.willPick(commentsFile);
        session.chooseMenuItem(robot, "menu.file.import");
        assertThat(texts(robot, ".dialog-pane .label"))
                .contains("Intet nyt i filen — din journal er allerede opdateret.");
        assertThat(robot.lookup("#import-apply").queryButton().isDisabled()).isTrue();
        closeApp(robot);

        try (JournalStore store = SqliteJournalStore.open(journalOf("leder"), Clock.systemDefaultZone())) {
            Loop loop = store.loops().find(answerBefore.ownerId()).orElseThrow();
            assertThat(store.answers().find(answerBefore.id())).contains(answerBefore);
            assertThat(store.entries().find(entryBefore.id())).contains(entryBefore);
            assertThat(store.comments().listByLoop(loop.id())).extracting(SparringComment::author, SparringComment::text)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("Mette Lund", "Hvordan ved du, at de er uenige?"),
                            org.assertj.core.groups.Tuple.tuple("Mette Lund", "Hvem var de to?"));
            assertThat(store.challenges().list()).singleElement()
                    .satisfies(challenge -> assertThat(challenge.isShared()).isFalse());
        }
    }

    /** The comments shown in the same card or answer as the node, as "author line|text". */
    private static List<String> commentsNextTo(FxRobot robot, Node text) {
        Node holder = text;
        while (!holder.getStyleClass().contains("answer-field") && !holder.getStyleClass().contains("entry-card")) {
            holder = holder.getParent();
        }
        return robot.from(holder).lookup(".comment").queryAll().stream().map(comment -> {
            List<Labeled> labels = robot.from(comment).lookup(".label").queryAllAs(Labeled.class).stream().toList();
            String author = labels.get(0).getText();
            return author.substring(0, author.indexOf(',')) + "|" + labels.get(1).getText();
        }).toList();
    }

    private static boolean shown(Node node) {
        for (Node shown = node; shown != null; shown = shown.getParent()) {
            if (!shown.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    /** Closes open dialogs with Escape, as a user would. */
    private void closeDialogs(FxRobot robot) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage && window.isShowing()) {
                robot.interact(window::requestFocus);
                robot.push(KeyCode.ESCAPE);
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
        assertThat(Window.getWindows()).as("Escape closes every dialog").containsExactly(stage);
    }
}
