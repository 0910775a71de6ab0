package dk.refleksionsbog.app.welcome;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.MainViewModel;
import dk.refleksionsbog.app.main.Screens;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The welcome screen explaining the six steps. */
public final class WelcomeView {
    private final ScrollPane root;

    public WelcomeView(WelcomeViewModel viewModel, Messages messages, Screens screens, MainViewModel main) {
        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Label intro = new Label(viewModel.introduction());
        intro.getStyleClass().add("welcome-intro");
        intro.setWrapText(true);

        Label stepsTitle = new Label(messages.get("welcome.steps"));
        stepsTitle.getStyleClass().add("section-title");
        VBox steps = new VBox(14);
        for (WelcomeViewModel.Step step : viewModel.steps()) {
            Label number = new Label(String.valueOf(step.number()));
            number.getStyleClass().add("step-number");
            number.setAccessibleText(messages.format("welcome.step", step.number()));
            Label stepTitle = new Label(step.title());
            stepTitle.getStyleClass().add("step-title");
            stepTitle.setWrapText(true);
            Label explanation = new Label(step.explanation());
            explanation.setWrapText(true);
            explanation.getStyleClass().add("hint");
            VBox text = new VBox(2, stepTitle, explanation);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(number, text);
            row.getStyleClass().add("welcome-step");
            steps.getChildren().add(row);
        }

        Button start = new Button(messages.get("welcome.start"), new FontIcon(Feather.PLUS_CIRCLE));
        start.setId("welcome-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(event -> screens.newChallenge(start.getScene().getWindow(), messages, main::showLoop));
        FlowPane actions = new FlowPane(start);
        actions.getStyleClass().add("welcome-actions");
        if (!viewModel.isExampleJournal()) {
            Button example = new Button(messages.get("welcome.example"), new FontIcon(Feather.BOOK_OPEN));
            example.setId("welcome-example");
            example.setOnAction(event -> viewModel.exploreExample());
            actions.getChildren().add(example);
        }

        VBox content = new VBox(title, intro, actions, stepsTitle, steps);
        content.getStyleClass().addAll("screen", "welcome");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("screen-scroll");
    }

    public ScrollPane root() {
        return root;
    }
}
