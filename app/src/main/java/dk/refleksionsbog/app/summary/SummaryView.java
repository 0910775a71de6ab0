package dk.refleksionsbog.app.summary;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The summary preview: the pages as they will be printed, with Print and Save as PDF. */
public final class SummaryView {
    private final SummaryViewModel viewModel;
    private final Messages messages;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox pageList = new VBox(16);

    public SummaryView(SummaryViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Opens the preview beside the owner window and starts laying the summary out. */
    public void show(Window owner) {
        DialogStyle.follow(dialog, owner);
        dialog.setTitle(messages.get("summary.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes()
                .add(new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(900, 760);
        viewModel.render();
        dialog.show();
    }

    private BorderPane content() {
        ToggleGroup scopes = new ToggleGroup();
        FlowPane scopeChoice = new FlowPane(12, 6);
        for (SummaryScope scope : SummaryScope.values()) {
            RadioButton choice = new RadioButton(messages.get("summary.scope." + scope.name().toLowerCase()));
            choice.setMinWidth(Region.USE_PREF_SIZE);
            choice.setToggleGroup(scopes);
            choice.setSelected(viewModel.scopeProperty().get() == scope);
            choice.setOnAction(event -> viewModel.scopeProperty().set(scope));
            scopeChoice.getChildren().add(choice);
        }
        scopeChoice.setAccessibleText(messages.get("summary.scope"));
        scopeChoice.setAlignment(Pos.CENTER_LEFT);

        Button print = new Button(messages.get("summary.print"), new FontIcon(Feather.PRINTER));
        print.setId("summary-print");
        print.setDefaultButton(true);
        print.setOnAction(event -> viewModel.print(this::printPages));
        Button save = new Button(messages.get("summary.savePdf"), new FontIcon(Feather.DOWNLOAD));
        save.setId("summary-save-pdf");
        save.setOnAction(event -> savePdf());
        print.disableProperty().bind(viewModel.busyProperty());
        save.disableProperty().bind(viewModel.busyProperty());
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(event) && viewModel.isReady()) {
                event.consume();
                viewModel.print(this::printPages);
            }
        });
        print.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        // With large text the scope choice and the buttons wrap onto more lines instead of shortening.
        FlowPane toolbar = new FlowPane(scopeChoice, new HBox(12, print, save));
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("summary-toolbar");

        Label noPrinter = new Label(messages.get("summary.noPrinter"));
        noPrinter.setWrapText(true);
        Button saveInstead = new Button(messages.get("summary.savePdf"), new FontIcon(Feather.DOWNLOAD));
        saveInstead.setOnAction(event -> savePdf());
        saveInstead.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(noPrinter, Priority.ALWAYS);
        HBox noPrinterBanner = new HBox(12, new FontIcon(Feather.INFO), noPrinter, saveInstead);
        noPrinterBanner.setAlignment(Pos.CENTER_LEFT);
        noPrinterBanner.getStyleClass().add("finished-banner");
        noPrinterBanner.setId("summary-no-printer");
        noPrinterBanner.visibleProperty().bind(viewModel.noPrinterProperty());
        noPrinterBanner.managedProperty().bind(viewModel.noPrinterProperty());
        noPrinterBanner.setAccessibleText(noPrinter.getText());

        Label status = new Label();
        status.setWrapText(true);
        status.getStyleClass().add("hint");
        viewModel.savedPdfProperty().addListener((observable, before, file) ->
                status.setText(file == null ? "" : messages.format("summary.saved", file.getFileName())));
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(32, 32);
        Label working = new Label(messages.get("summary.working"), progress);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(viewModel.busyProperty());

        pageList.setAlignment(Pos.TOP_CENTER);
        pageList.setPadding(new Insets(12));
        pageList.getStyleClass().add("summary-pages");
        ScrollPane scroll = new ScrollPane(pageList);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText(messages.get("summary.preview"));
        viewModel.pages().addListener((ListChangeListener<SummaryPage>) change -> fillPages(scroll));
        scroll.viewportBoundsProperty().addListener((observable, before, bounds) -> fitPages(bounds.getWidth()));

        VBox top = new VBox(8, toolbar, noPrinterBanner, working, status, problem);
        top.setPadding(new Insets(0, 0, 8, 0));
        BorderPane pane = new BorderPane(scroll);
        pane.setTop(top);
        pane.getStyleClass().add("summary-view");
        return pane;
    }

    private void fillPages(ScrollPane scroll) {
        pageList.getChildren().clear();
        for (SummaryPage page : viewModel.pages()) {
            ImageView view = new ImageView(toImage(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.getStyleClass().add("summary-page");
            view.setAccessibleText(messages.format("summary.page", page.number(), viewModel.pages().size()));
            pageList.getChildren().add(view);
        }
        fitPages(scroll.getViewportBounds().getWidth());
    }

    private void fitPages(double viewportWidth) {
        for (var node : pageList.getChildren()) {
            if (node instanceof ImageView view && view.getImage() != null) {
                view.setFitWidth(Math.max(100, Math.min(view.getImage().getWidth(), viewportWidth - 32)));
            }
        }
    }

    /** javafx.swing is not on the class path, so the pixels are copied by hand. */
    static Image toImage(SummaryPage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }

    private PagePrinter.Outcome printPages(List<SummaryPage> pages) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return PagePrinter.Outcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(dialog.getDialogPane().getScene().getWindow())) {
            job.cancelJob();
            return PagePrinter.Outcome.CANCELLED;
        }
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        for (SummaryPage page : pages) {
            ImageView view = new ImageView(toImage(page));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                job.cancelJob();
                return PagePrinter.Outcome.CANCELLED;
            }
        }
        job.endJob();
        return PagePrinter.Outcome.PRINTED;
    }

    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("summary.savePdf"));
        chooser.setInitialFileName(viewModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            viewModel.saveAsPdf(chosen.toPath());
        }
    }
}
