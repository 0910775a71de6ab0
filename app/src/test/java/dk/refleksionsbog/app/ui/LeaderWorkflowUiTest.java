package dk.refleksionsbog.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import dk.refleksionsbog.app.concurrent.FxBackgroundExecutor;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
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

/** The app as a leader uses it, headless: real window, real journal file, real clicks and keys. */
@ExtendWith(ApplicationExtension.class)
class LeaderWorkflowUiTest {
    /**
     * Only the test with the real background executor waits. The bound is generous on purpose:
     * it only stops a broken build from hanging, and a CI machine under load must never hit it.
     */
    private static final long UNTIL_LOADED_AT_MOST = 120;

    @TempDir
    static Path root;

    private Path journal;
    private Stage stage;
    private UiSession session;

    @Start
    void start(Stage primary) throws IOException {
        stage = primary;
        journal = UiSession.newJournal(root, "ui");
        session = UiSession.start(stage, journal, new SameThreadExecutor());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(session::closeAll);
    }

    private static String answerId(String fieldKey) {
        return "#answer-" + fieldKey.replace('.', '-');
    }

    private void createChallenge(FxRobot robot, String title) {
        robot.clickOn("#new-challenge");
        robot.clickOn("#challenge-title").write(title);
        robot.clickOn("#challenge-create");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Tabs to the field (which scrolls it into view) and types, as a leader would. */
    private static void typeInto(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.clickOn(field).write(text);
    }

    private String phaseTitle(FxRobot robot) {
        return robot.lookup("#phase-title").queryAs(Labeled.class).getText();
    }

    @Test
    void aLeaderWorksThroughAllSixPhasesAndStartsTheNextLoop(FxRobot robot) {
        assertThat(robot.lookup("#welcome-start").tryQuery()).isPresent();

        robot.clickOn("#welcome-start");
        robot.clickOn("#challenge-create");
        assertThat(robot.lookup("#challenge-problem").queryAs(Labeled.class).getText())
                .isEqualTo("Giv udfordringen en titel.");
        robot.clickOn("#challenge-title").write("Mødekultur i ledergruppen");
        robot.clickOn("#challenge-create");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(phaseTitle(robot)).isEqualTo("Formulering af udfordring");
        typeInto(robot, answerId("phase.challenge.q1"), "Uenigheden kommer ikke frem på mødet.");

        robot.clickOn("#next-phase");
        assertThat(phaseTitle(robot)).isEqualTo("Planlægning");
        typeInto(robot, answerId(LoopField.TRIAL_BASELINE.key()), "Kun orientering på de sidste fem møder.");

        robot.clickOn("#next-phase");
        robot.clickOn("#next-phase");
        assertThat(phaseTitle(robot)).isEqualTo("Observation");
        robot.clickOn("#step-PLANNING");
        assertThat(phaseTitle(robot)).isEqualTo("Planlægning");
        assertThat(robot.lookup(answerId(LoopField.TRIAL_BASELINE.key())).queryAs(TextArea.class).getText())
                .isEqualTo("Kun orientering på de sidste fem møder.");
        robot.clickOn("#step-OBSERVATION");
        robot.clickOn("#next-phase");
        assertThat(phaseTitle(robot)).isEqualTo("Refleksion");

        List<Node> beforeStars = List.copyOf(robot.lookup("#rating-before .button").queryAll());
        List<Node> afterStars = List.copyOf(robot.lookup("#rating-after .button").queryAll());
        UiSession.scrollIntoView(robot, beforeStars.get(3));
        robot.clickOn(beforeStars.get(3));
        robot.clickOn(afterStars.get(1));
        assertThat(robot.lookup("#rating-difference").queryAs(Labeled.class).getText()).isEqualTo("Forskel: -2");

        robot.clickOn("#next-phase");
        assertThat(phaseTitle(robot)).isEqualTo("Ny aktion");
        robot.clickOn("#start-next-loop");
        assertThat(robot.lookup(".problem").queryAllAs(Labeled.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("Skriv, hvilken ny handling du har besluttet"));
        typeInto(robot, answerId(LoopField.DECIDED_NEXT_ACTION.key()), "Beslutningspunkter ud tre dage før.");
        robot.clickOn("#start-next-loop");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(phaseTitle(robot)).isEqualTo("Planlægning");
        assertThat(robot.lookup("#carried-over-action").queryAs(Labeled.class).getText())
                .isEqualTo("Beslutningspunkter ud tre dage før.");
        assertThat(robot.lookup(".loop-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactlyInAnyOrder("Loop 1 · afsluttet", "Loop 2 · Planlægning");

        robot.interact(session::closeLikeTheUser);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            Challenge challenge = store.challenges().list().get(0);
            List<Loop> loops = store.loops().listByChallenge(challenge.id());
            assertThat(loops.get(0).ratingBefore()).isEqualTo(4);
            assertThat(loops.get(0).ratingAfter()).isEqualTo(2);
            assertThat(store.answers().textsByKey(loops.get(0).id()))
                    .containsEntry("phase.challenge.q1", "Uenigheden kommer ikke frem på mødet.");
            assertThat(loops.get(1).carriedOverAction()).isEqualTo("Beslutningspunkter ud tre dage før.");
        }
    }

    @Test
    void ctrlNWritesAnEntryLinkedToTheLoopAndPhaseOnScreen(FxRobot robot) {
        createChallenge(robot, "Borgerne med i planlægningen");
        robot.clickOn("#next-phase");

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#entry-kind-star_moment");
        robot.clickOn("#entry-text").write("Fru Jensen: første gang nogen har spurgt mig.");
        robot.clickOn("#entry-tag-input").write("bor");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("borger");
        robot.clickOn("#entry-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".entry-card").queryAll()).hasSize(1);
        robot.interact(session::closeLikeTheUser);
        try (JournalStore store = SqliteJournalStore.open(journal, Clock.systemDefaultZone())) {
            Entry entry = store.entries().list(EntryQuery.all(10)).get(0);
            assertThat(entry.kind()).isEqualTo(EntryKind.STAR_MOMENT);
            assertThat(entry.text()).isEqualTo("Fru Jensen: første gang nogen har spurgt mig.");
            assertThat(entry.tags()).containsExactly("borger");
            assertThat(entry.phase()).isEqualTo(Phase.PLANNING);
            assertThat(entry.loopId()).isNotNull();
        }
    }

    @Test
    void languageAndThemeChangeWhileTheAppRuns(FxRobot robot) {
        createChallenge(robot, "Mødekultur");

        session.chooseMenuItem(robot, "language-en");

        assertThat(robot.lookup("View").tryQuery()).isPresent();
        assertThat(phaseTitle(robot)).isEqualTo("Formulating the challenge");
        assertThat(robot.lookup("#new-challenge").queryAs(Button.class).getText()).isEqualTo("New challenge");

        session.chooseMenuItem(robot, "theme-dark");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(session.context.settings().current().language()).isEqualTo("en");
    }

    @Test
    void theMenusShortcutsWorkBeforeAnyMenuHasBeenOpened(FxRobot robot) {
        java.util.Set<javafx.scene.input.KeyCombination> registered = stage.getScene().getAccelerators().keySet();

        assertThat(registered).contains(java.util.stream.Stream.of("Shortcut+N", "Shortcut+F", "Shortcut+P", "Shortcut+I",
                "Shortcut+E", "Shortcut+Shift+N", "Shortcut+O").map(javafx.scene.input.KeyCombination::valueOf)
                .toArray(javafx.scene.input.KeyCombination[]::new));
    }

    @Test
    void aMenusIconsAreThereWhenItOpens(FxRobot robot) {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        MenuItem quickEntry = file.getItems().stream()
                .filter(item -> "menu.file.quickEntry".equals(item.getId())).findFirst().orElseThrow();

        robot.interact(file::show);
        Node icon = quickEntry.getGraphic();
        robot.interact(file::hide);

        assertThat(icon).isInstanceOf(org.kordamp.ikonli.javafx.FontIcon.class);
    }

    @Test
    void f1ShowsTheShortcutsAndEscapeHidesThem(FxRobot robot) {
        assertThat(robot.lookup(".overlay-backdrop").match(Node::isVisible).tryQuery()).isEmpty();

        robot.push(KeyCode.F1);
        Node overlay = robot.lookup(".overlay-backdrop").query();
        assertThat(overlay.isVisible()).isTrue();
        assertThat(robot.lookup(".key-cap").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Ctrl+N");

        robot.push(KeyCode.ESCAPE);
        assertThat(overlay.isVisible()).isFalse();

        robot.push(KeyCode.F1);
        assertThat(overlay.isVisible()).isTrue();
    }

    @Test
    void atTwiceTheTextSizeTheStepperStillFitsTheWindow(FxRobot robot) {
        createChallenge(robot, "Mødekultur");
        robot.interact(() -> session.context.settings().update(settings -> settings.withTextSize(200)));
        WaitForAsyncUtils.waitForFxEvents();

        double sceneWidth = stage.getScene().getWidth();
        for (Node step : robot.lookup(".step").queryAll()) {
            double right = step.localToScene(step.getBoundsInLocal()).getMaxX();
            assertThat(right).as(step.getId()).isLessThanOrEqualTo(sceneWidth);
        }
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("text-size-200");
    }

    @Test
    void textTypedJustBeforeClosingIsThereAfterReopening(FxRobot robot) throws TimeoutException {
        robot.interact(() -> session = session.reopen(new FxBackgroundExecutor()));
        waitUntilShown(robot, "#welcome-start");
        robot.clickOn("#welcome-start");
        robot.clickOn("#challenge-title").write("Mødekultur");
        robot.clickOn("#challenge-create");
        String field = answerId("phase.challenge.q2");
        waitUntilShown(robot, field);

        robot.clickOn(field).write("Skrevet et øjeblik før lukning");

        robot.interact(() -> session = session.reopen(new SameThreadExecutor()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(field).queryAs(TextInputControl.class).getText())
                .isEqualTo("Skrevet et øjeblik før lukning");
    }

    /**
     * Looks on the FX thread: with the real background executor the screen is still being built
     * while the test waits, and a lookup from the test thread could meet a node half removed.
     */
    private static void waitUntilShown(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(UNTIL_LOADED_AT_MOST, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(query).tryQuery().filter(node -> node.getScene() != null).isPresent()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
