package dk.refleksionsbog.app.sharing;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import dk.refleksionsbog.core.exchange.ExchangeScope;
import dk.refleksionsbog.core.exchange.ImportReport;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** File › Importer: the passphrase if needed, the preview of what the file holds, then Importer. */
public final class ImportView {
    private final ImportViewModel viewModel;
    private final Messages messages;
    private final Dialog<Void> dialog = new Dialog<>();
    private final VBox content = new VBox(12);
    private final DateTimeFormatter dates;

    public ImportView(ImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
    }

    public void show(Window owner) {
        DialogStyle.follow(dialog, owner);
        dialog.setTitle(messages.get("import.title"));
        dialog.setHeaderText(messages.format("import.header", viewModel.file().getFileName()));
        dialog.getDialogPane().getButtonTypes()
                .add(new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        content.setPrefWidth(580);
        dialog.getDialogPane().setContent(content);
        DialogStyle.fitToScreen(dialog, owner);
        viewModel.stepProperty().addListener((observable, before, step) -> fill());
        fill();
        viewModel.open();
        dialog.show();
    }

    private void fill() {
        content.getChildren().clear();
        switch (viewModel.stepProperty().get()) {
            case READING -> content.getChildren().add(text(messages.get("import.reading")));
            case NEEDS_PASSPHRASE -> askPassphrase();
            case PREVIEW -> {
                content.getChildren().add(report(viewModel.reportProperty().get()));
                if (viewModel.nothingNewProperty().get()) {
                    Label nothingNew = text(messages.get("import.nothingNew"));
                    nothingNew.setId("import-nothing-new");
                    content.getChildren().add(nothingNew);
                } else {
                    content.getChildren().add(text(messages.get("import.notYet")));
                }
                Button apply = new Button(messages.get("import.apply"), new FontIcon(Feather.DOWNLOAD));
                apply.setId("import-apply");
                apply.disableProperty().bind(viewModel.canImportProperty().not());
                apply.setDefaultButton(true);
                apply.setOnAction(event -> viewModel.importNow());
                content.getChildren().add(apply);
            }
            case IMPORTED -> {
                content.getChildren().add(text(messages.get("import.done")));
                content.getChildren().add(report(viewModel.reportProperty().get()));
            }
            case REJECTED -> {
                content.getChildren().add(problem(viewModel.problemProperty().get()));
                content.getChildren().add(text(messages.get("import.unchanged")));
            }
        }
        if (dialog.getDialogPane().getScene() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private void askPassphrase() {
        PasswordField passphrase = new PasswordField();
        passphrase.setId("import-passphrase");
        passphrase.setAccessibleText(messages.get("import.passphrase"));
        Button open = new Button(messages.get("import.unlock"), new FontIcon(Feather.UNLOCK));
        open.setDefaultButton(true);
        open.setOnAction(event -> viewModel.unlock(passphrase.getText()));
        content.getChildren().addAll(text(messages.get("import.passphrase")), passphrase, open);
        String wrong = viewModel.problemProperty().get();
        if (wrong != null) {
            content.getChildren().add(problem(wrong));
        }
        passphrase.requestFocus();
    }

    private Node report(ImportReport report) {
        VBox lines = new VBox(6);
        lines.getStyleClass().add("card");
        lines.getChildren().add(text(messages.format("import.from",
                report.exportedBy() == null || report.exportedBy().isBlank() ? messages.get("import.unknownOwner")
                        : report.exportedBy(),
                dates.format(report.exportedAt()))));
        lines.getChildren().add(text(messages.get("import.scope." + report.scope().name().toLowerCase())));
        if (report.sharedBy() != null) {
            lines.getChildren().add(text(messages.format("import.sharedBy", report.sharedBy())));
        }
        lines.getChildren().add(text(messages.format("import.counts", report.added(), report.updated(),
                report.unchanged(), report.keptLocal())));
        if (report.commentsAdded() > 0) {
            boolean fromPartner = report.scope() == ExchangeScope.COMMENTS && report.exportedBy() != null
                    && !report.exportedBy().isBlank();
            Label comments = text(fromPartner
                    ? messages.format("import.comments.from", report.commentsAdded(), report.exportedBy())
                    : messages.format("import.comments", report.commentsAdded()));
            comments.setId("import-comments");
            comments.getStyleClass().add("import-comments");
            lines.getChildren().add(comments);
            if (fromPartner) {
                lines.getChildren().add(text(messages.get("import.comments.shown")));
            }
        }
        return lines;
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        // Wraps instead of cutting the line with "…" when the dialog is measured before it knows its width.
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label problem(String value) {
        Label label = text(value);
        label.getStyleClass().add("problem");
        return label;
    }
}
