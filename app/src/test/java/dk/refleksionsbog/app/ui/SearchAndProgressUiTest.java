package dk.refleksionsbog.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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

/** Search and progress as a leader uses them, headless, on a real journal file. */
@ExtendWith(ApplicationExtension.class)
class SearchAndProgressUiTest {
    @TempDir
    static Path root;

    private final SameThreadExecutor executor = new SameThreadExecutor();
    private Stage stage;
    private UiSession session;
    private Path journal;
    private Meeting meeting;

    /** A challenge whose first loop has reached reflection, with a planning answer to find. */
    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        journal = UiSession.newJournal(root, "ui2");
        Instant now = Instant.now();
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            Challenge challenge = Challenge.create(UUID.randomUUID(), "Mødekultur i ledergruppen", now)
                    .withDescription("Ledergruppen mangler en fælles retning.", now);
            Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), now);
            while (loop.currentPhase() != Phase.REFLECTION) {
                loop = loop.advance(now);
            }
            Loop stored = loop;
            meeting = Meeting.create(UUID.randomUUID(), MeetingKind.REFLECTION, LocalDate.now(), now)
                    .linkedTo(challenge.id(), loop.id(), now);
            store.inTransaction(() -> {
                store.challenges().save(challenge);
                store.loops().save(stored);
                store.meetings().save(meeting);
                store.answers().save(Answer.create(UUID.randomUUID(), meeting.id(), "meeting.reflectionRound",
                        "Alle nævnte forsinkelser i visitationen.", now));
                store.answers().save(Answer.create(UUID.randomUUID(), stored.id(), LoopField.TRIAL_BASELINE.key(),
                        "Før viste jeg aldrig sårbarhed over for gruppen.", now));
            });
        }
        session = UiSession.start(stage, journal, executor);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(session::closeAll);
    }

    private static String phaseTitle(FxRobot robot) {
        return robot.lookup("#phase-title").queryAs(Labeled.class).getText();
    }

    @Test
    void searchingADanishWordAndOpeningTheHitSelectsItInItsPhase(FxRobot robot) {
        assertThat(phaseTitle(robot)).isEqualTo("Refleksion");

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Node field = robot.lookup("#search-field").query();
        assertThat(field.isFocused()).isTrue();
        robot.write("sårbarhed");
        robot.interact(executor::runScheduled);

        ListView<?> hits = robot.lookup("#search-hits").queryAs(ListView.class);
        assertThat(hits.getItems()).hasSize(1);
        assertThat(robot.lookup("#search-hits .entry-meta").queryAs(Labeled.class).getText())
                .isEqualTo("Svar · Mødekultur i ledergruppen › loop 1 › Planlægning");

        robot.clickOn(robot.lookup("#search-hits .search-hit").<Node>query());
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(phaseTitle(robot)).isEqualTo("Planlægning");
        TextArea answer = robot.lookup("#answer-" + LoopField.TRIAL_BASELINE.key().replace('.', '-')).queryAs(TextArea.class);
        assertThat(answer.isFocused()).isTrue();
        assertThat(answer.getSelectedText()).isEqualTo("sårbarhed");
        assertThat(robot.lookup("#step-REFLECTION").query().getStyleClass()).contains("current");
        assertThat(robot.lookup("#step-PLANNING").query().getStyleClass()).contains("done", "viewed");

        robot.interact(session::closeLikeTheUser);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            assertThat(store.loops().listByChallenge(store.challenges().list().get(0).id()).get(0).currentPhase()).isEqualTo(Phase.REFLECTION);
        }
    }

    @Test
    void aMeetingsNoteFoundBySearchOpensInTheMeetingWithTheWordSelected(FxRobot robot) {
        searchFor(robot, "visitationen");
        assertThat(robot.lookup("#search-hits").queryAs(ListView.class).getItems()).hasSize(1);

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#place-meetings").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        TextArea note = robot.lookup("#answer-meeting-reflectionRound").queryAs(TextArea.class);
        assertThat(note.isFocused()).isTrue();
        assertThat(note.getSelectedText()).isEqualTo("visitationen");
    }

    @Test
    void aChallengesTextFoundBySearchOpensInItsDetailsWithTheWordSelected(FxRobot robot) {
        searchFor(robot, "retning");
        assertThat(robot.lookup("#search-hits").queryAs(ListView.class).getItems()).hasSize(1);

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TextArea description = robot.lookup("#details-challenge-description").queryAs(TextArea.class);
        assertThat(description.isFocused()).isTrue();
        assertThat(description.getSelectedText()).isEqualTo("retning");
        assertThat(robot.lookup(".challenge-cell").queryAs(javafx.scene.control.TreeCell.class).isSelected()).isTrue();
    }

    @Test
    void ratingsGivenInTheLoopAreTheChartsPointsOnProgress(FxRobot robot) {
        List<Node> beforeStars = List.copyOf(robot.lookup("#rating-before .button").queryAll());
        List<Node> afterStars = List.copyOf(robot.lookup("#rating-after .button").queryAll());
        UiSession.scrollIntoView(robot, beforeStars.get(1));
        robot.clickOn(beforeStars.get(1));
        robot.clickOn(afterStars.get(3));

        robot.clickOn("#place-progress");
        WaitForAsyncUtils.waitForFxEvents();

        LineChart<?, ?> chart = robot.lookup("#progress-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Før", "Efter");
        assertThat(points(chart.getData().get(0))).containsExactly(List.of(1, 2));
        assertThat(points(chart.getData().get(1))).containsExactly(List.of(1, 4));
    }

    /** Ctrl+F and the word typed in the search field; the search runs at once. */
    private void searchFor(FxRobot robot, String word) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(word);
        robot.interact(executor::runScheduled);
    }

    private static List<List<Integer>> points(XYChart.Series<?, ?> series) {
        return series.getData().stream()
                .map(point -> List.of(((Number) point.getXValue()).intValue(), ((Number) point.getYValue()).intValue()))
                .toList();
    }
}
