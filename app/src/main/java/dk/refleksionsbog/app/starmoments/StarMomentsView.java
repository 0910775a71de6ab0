package dk.refleksionsbog.app.starmoments;

import dk.refleksionsbog.app.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The star moments screen: one card per moment, newest first. */
public final class StarMomentsView {
    private final Messages messages;
    private final VBox list = new VBox(12);
    private final ScrollPane root;
    private final StarMomentsViewModel viewModel;

    public StarMomentsView(StarMomentsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        Label title = new Label(messages.get("starMoments.title"));
        title.getStyleClass().add("screen-title");
        Label intro = new Label(messages.get("starMoments.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        list.setId("star-moments");
        VBox column = new VBox(12, title, intro, problem, list);
        column.getStyleClass().addAll("screen", "star-moments-view");
        root = new ScrollPane(column);
        root.setFitToWidth(true);
        root.getStyleClass().add("screen-scroll");
        viewModel.moments().addListener((ListChangeListener<StarMoment>) change -> fill());
        viewModel.loadedProperty().addListener((observable, before, loaded) -> fill());
        fill();
    }

    public ScrollPane root() {
        return root;
    }

    private void fill() {
        if (!viewModel.loadedProperty().get()) {
            return;
        }
        if (viewModel.moments().isEmpty()) {
            Label none = new Label(messages.get("starMoments.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            list.getChildren().setAll(none);
            return;
        }
        list.getChildren().setAll(viewModel.moments().stream().map(moment -> card(moment, messages)).toList());
    }

    /** A star moment as a card; the progress screen shows them the same way. */
    public static Node card(StarMoment moment, Messages messages) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        List<String> meta = new ArrayList<>();
        meta.add(dates.format(moment.date()));
        meta.add(messages.get(moment.fromEvaluation() ? "starMoments.fromEvaluation" : "starMoments.fromEntry"));
        if (moment.challengeTitle() != null) {
            meta.add(moment.challengeTitle());
        }
        if (moment.loopNumber() != null) {
            meta.add(messages.format("search.loop", moment.loopNumber()));
        }
        Label where = new Label(String.join(" · ", meta), new FontIcon(Feather.STAR));
        where.getStyleClass().add("entry-meta");
        where.setWrapText(true);
        Label text = new Label(moment.text());
        text.setWrapText(true);
        VBox card = new VBox(6, where, text);
        card.getStyleClass().addAll("entry-card", "entry-kind-star_moment");
        card.setAccessibleText(where.getText() + ": " + moment.text());
        card.setFocusTraversable(true);
        return card;
    }
}
