package dk.refleksionsbog.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The meetings and job-visits screens, which share their list and editor, headless on a real journal file. */
@ExtendWith(ApplicationExtension.class)
class OwnedAnswersScreensUiTest {
    private static final String INTENDED = "#answer-jobVisit-leadership-intended";

    @TempDir
    static Path root;

    private Path journal;
    private UiSession session;

    @Start
    void start(Stage stage) throws IOException {
        journal = UiSession.newJournal(root, "owned");
        session = UiSession.start(stage, journal, new SameThreadExecutor());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(session::closeAll);
    }

    /** Chooses an item of a new-record menu, as a click on it would. */
    private static void create(FxRobot robot, String menu, String item) {
        MenuButton button = robot.lookup(menu).queryAs(MenuButton.class);
        robot.interact(() -> button.getItems().stream().filter(candidate -> item.equals(candidate.getId()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> rows(FxRobot robot) {
        return robot.lookup(".list-pane .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).map(Labeled::getText).toList();
    }

    private static String selectedRow(FxRobot robot) {
        ListView<?> list = robot.lookup(".list-pane .list-view").queryAs(ListView.class);
        int selected = list.getSelectionModel().getSelectedIndex();
        return robot.lookup(".list-pane .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getIndex() == selected).findFirst().orElseThrow().getText();
    }

    @Test
    void theMeetingsListAndEditorFollowEachOther(FxRobot robot) {
        robot.clickOn("#place-meetings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".meetings-view .hint").queryAs(Labeled.class).getText()).isNotBlank();
        assertThat(robot.lookup("#meeting-title").tryQuery()).isEmpty();

        create(robot, "#new-meeting", "new-meeting-joint");
        robot.clickOn("#meeting-title").write("Fælles møde om fravær");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedRow(robot)).startsWith("Fælles møde om fravær\n");

        create(robot, "#new-meeting", "new-meeting-network");

        assertThat(rows(robot)).hasSize(2);
        assertThat(robot.lookup("#meeting-title").queryAs(TextInputControl.class).getText()).isEmpty();
        assertThat(selectedRow(robot)).doesNotStartWith("Fælles møde om fravær");

        robot.clickOn(robot.lookup(".list-pane .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith("Fælles møde om fravær"))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#meeting-title").queryAs(TextInputControl.class).getText())
                .isEqualTo("Fælles møde om fravær");
    }

    @Test
    void aClearedMeetingDateIsExplainedInDanishAndTheStoredDateIsKept(FxRobot robot) {
        robot.clickOn("#place-meetings");
        WaitForAsyncUtils.waitForFxEvents();
        create(robot, "#new-meeting", "new-meeting-joint");
        DatePicker date = robot.lookup("#meeting-date").queryAs(DatePicker.class);

        robot.doubleClickOn(date.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        robot.clickOn("#meeting-title").write("Fravær");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(date.getValue()).isNull();
        assertThat(robot.lookup(".meetings-view .problem").queryAs(Labeled.class).getText())
                .isEqualTo("Mødet skal have en dato. Dine ændringer gemmes, når du har valgt en dato.");
        robot.interact(session::closeLikeTheUser);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            assertThat(store.meetings().list()).singleElement()
                    .satisfies(meeting -> assertThat(meeting.date()).isNotNull())
                    .satisfies(meeting -> assertThat(meeting.title()).isEmpty());
        }
    }

    @Test
    void eachJobVisitShowsItsOwnLeadershipAnswersSideBySide(FxRobot robot) {
        robot.clickOn("#place-job_visits");
        WaitForAsyncUtils.waitForFxEvents();
        create(robot, "#new-job-visit", "new-job-visit-host");
        robot.clickOn("#job-visit-partner").write("Jonas");
        UiSession.scrollIntoView(robot, robot.lookup(INTENDED).query());
        robot.clickOn(INTENDED).write("Tydelige rammer");

        create(robot, "#new-job-visit", "new-job-visit-guest");

        assertThat(robot.lookup(INTENDED).queryAs(TextInputControl.class).getText()).isEmpty();

        robot.clickOn(robot.lookup(".list-pane .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith("Jonas"))
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(INTENDED).queryAs(TextInputControl.class).getText()).isEqualTo("Tydelige rammer");
        robot.interact(session::closeLikeTheUser);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            for (JobVisit visit : store.jobVisits().list()) {
                assertThat(store.answers().textsByKey(visit.id()).get("jobVisit.leadership.intended"))
                        .as(visit.role().name())
                        .isEqualTo(visit.role() == VisitRole.HOST ? "Tydelige rammer" : null);
            }
        }
    }
}
