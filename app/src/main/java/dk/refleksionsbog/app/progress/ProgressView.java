package dk.refleksionsbog.app.progress;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.starmoments.StarMoment;
import dk.refleksionsbog.app.starmoments.StarMomentsView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The progress screen: a challenge, the chart of its ratings with a table, and its star moments. */
public final class ProgressView {
    private final ProgressViewModel viewModel;
    private final Messages messages;
    private final ScrollPane root;
    private final XYChart.Series<Number, Number> before = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> after = new XYChart.Series<>();
    private final NumberAxis loopAxis = new NumberAxis();
    private final VBox moments = new VBox(12);

    public ProgressView(ProgressViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        Label title = new Label(messages.get("progress.title"));
        title.getStyleClass().add("screen-title");
        Label intro = new Label(messages.get("progress.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);

        ComboBox<ChallengeChoice> challenge = new ComboBox<>(viewModel.challenges());
        challenge.getStyleClass().add("title-choice");
        challenge.setId("progress-challenge");
        challenge.setAccessibleText(messages.get("progress.challenge"));
        challenge.setPromptText(messages.get("progress.challenge"));
        challenge.valueProperty().bindBidirectional(viewModel.challengeProperty());
        challenge.setMaxWidth(Double.MAX_VALUE);

        before.setName(messages.get("progress.before"));
        after.setName(messages.get("progress.after"));
        loopAxis.setLabel(messages.get("progress.loopAxis"));
        loopAxis.setAutoRanging(false);
        loopAxis.setTickUnit(1);
        loopAxis.setMinorTickVisible(false);
        // One step of room on each side, so points at the edges are not cut in half.
        loopAxis.setLowerBound(0);
        loopAxis.setUpperBound(2);
        loopAxis.setTickLabelFormatter(labelsBetween(loopAxis));
        NumberAxis ratingAxis = new NumberAxis(0, 6, 1);
        ratingAxis.setTickLabelFormatter(labelsBetween(ratingAxis));
        ratingAxis.setLabel(messages.get("progress.ratingAxis"));
        ratingAxis.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(loopAxis, ratingAxis);
        chart.setId("progress-chart");
        chart.getData().add(before);
        chart.getData().add(after);
        chart.setAnimated(false);
        chart.setAccessibleText(messages.get("progress.chart"));
        chart.getStyleClass().add("progress-chart");

        TableView<LoopRatings> table = new TableView<>(viewModel.ratings());
        table.setId("progress-table");
        table.setAccessibleText(messages.get("progress.table"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("progress.loop"), row -> String.valueOf(row.loopNumber())));
        table.getColumns().add(column(messages.get("progress.before"), row -> rating(row.before())));
        table.getColumns().add(column(messages.get("progress.after"), row -> rating(row.after())));
        table.getColumns().add(column(messages.get("progress.difference"), row -> row.before() == null
                || row.after() == null ? "–" : String.format("%+d", row.after() - row.before())));
        table.setFixedCellSize(-1);
        table.setPlaceholder(new Label(messages.get("progress.noLoops")));
        table.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        table.setMaxHeight(Double.MAX_VALUE);

        Label momentsTitle = new Label(messages.get("progress.starMoments"));
        momentsTitle.getStyleClass().add("section-title");
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        VBox column = new VBox(12, title, intro, challenge, problem, chart, table, momentsTitle, moments);
        column.getStyleClass().addAll("screen", "progress-view");
        root = new ScrollPane(column);
        root.setFitToWidth(true);
        root.getStyleClass().add("screen-scroll");
        viewModel.ratings().addListener((ListChangeListener<LoopRatings>) change -> fillChart());
        viewModel.starMoments().addListener((ListChangeListener<StarMoment>) change -> fillMoments());
        fillChart();
        fillMoments();
    }

    public ScrollPane root() {
        return root;
    }

    /** Tick labels only inside the padding: whole numbers from the first step to the last. */
    private static StringConverter<Number> labelsBetween(NumberAxis axis) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                boolean inside = value.doubleValue() > axis.getLowerBound() && value.doubleValue() < axis.getUpperBound();
                return inside ? String.valueOf(value.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        };
    }

    private static String rating(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }

    private static TableColumn<LoopRatings, String> column(String title,
            java.util.function.Function<LoopRatings, String> value) {
        TableColumn<LoopRatings, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private void fillChart() {
        before.getData().clear();
        after.getData().clear();
        for (LoopRatings row : viewModel.ratings()) {
            if (row.before() != null) {
                before.getData().add(new XYChart.Data<>(row.loopNumber(), row.before()));
            }
            if (row.after() != null) {
                after.getData().add(new XYChart.Data<>(row.loopNumber(), row.after()));
            }
        }
        loopAxis.setUpperBound(viewModel.ratings().size() + 1);
    }

    private void fillMoments() {
        if (viewModel.starMoments().isEmpty()) {
            Label none = new Label(messages.get("starMoments.none"));
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            moments.getChildren().setAll(none);
        } else {
            moments.getChildren().setAll(viewModel.starMoments().stream()
                    .map(moment -> StarMomentsView.card(moment, messages)).toList());
        }
    }
}
