package dk.refleksionsbog.app.backup;

import dk.refleksionsbog.app.i18n.Messages;
import dk.refleksionsbog.app.main.DialogStyle;
import dk.refleksionsbog.app.settings.BackupSettings;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** File › Sikkerhedskopier: the journal's backups, taking one now and restoring one. */
public final class BackupsView {
    private final BackupsViewModel viewModel;
    private final Messages messages;
    private final Dialog<Void> dialog = new Dialog<>();
    private final DateTimeFormatter taken;

    public BackupsView(BackupsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.taken = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
    }

    public void show(Window owner) {
        DialogStyle.follow(dialog, owner);
        dialog.setTitle(messages.get("backups.title"));
        dialog.setHeaderText(messages.get("backups.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes()
                .add(new ButtonType(messages.get("action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));

        Label intro = new Label();
        intro.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("backups.intro", viewModel.keepProperty().get(), viewModel.folderProperty().get()),
                viewModel.keepProperty(), viewModel.folderProperty()));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        Spinner<Integer> keep = new Spinner<>(1, BackupSettings.MAX_KEEP, viewModel.keepProperty().get());
        keep.setId("backup-keep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        keep.setAccessibleText(messages.get("backups.keep"));
        keep.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.changeKeep(after);
            }
        });
        Button changeFolder = new Button(messages.get("backups.changeFolder"), new FontIcon(Feather.FOLDER));
        changeFolder.setId("backup-folder");
        changeFolder.setOnAction(event -> chooseFolder());
        HBox settings = new HBox(8, new Label(messages.get("backups.keep")), keep, changeFolder);
        settings.setAlignment(Pos.CENTER_LEFT);
        ListView<BackupItem> list = new ListView<>(viewModel.backups());
        list.setId("backup-list");
        list.setAccessibleText(messages.get("backups.list"));
        list.setPlaceholder(new Label(messages.get("backups.empty")));
        list.setCellFactory(view -> new BackupCell());
        list.setPrefHeight(260);
        VBox.setVgrow(list, Priority.ALWAYS);

        Button now = new Button(messages.get("backups.now"), new FontIcon(Feather.SAVE));
        now.setId("backup-now");
        now.setOnAction(event -> viewModel.backUpNow());
        Button restore = new Button(messages.get("backups.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.busyProperty()));
        now.disableProperty().bind(viewModel.busyProperty());
        restore.setOnAction(event -> confirmRestore(list.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(12, now, restore);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label outcome = new Label();
        outcome.setWrapText(true);
        viewModel.outcomeProperty().addListener((observable, before, after) -> outcome.setText(describe(after)));
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());

        VBox content = new VBox(12, intro, settings, list, actions, outcome, problem);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        viewModel.load();
        dialog.show();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("backups.changeFolder"));
        java.io.File shown = viewModel.folderProperty().get().toFile();
        while (shown != null && !shown.isDirectory()) {
            shown = shown.getParentFile();
        }
        chooser.setInitialDirectory(shown);
        java.io.File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
        if (chosen != null) {
            viewModel.changeFolder(chosen.toPath());
        }
    }

    private String describe(BackupsViewModel.Outcome outcome) {
        if (outcome instanceof BackupsViewModel.Outcome.TakenNow now) {
            return messages.format("backups.taken", taken.format(now.backup().takenAt()));
        }
        if (outcome instanceof BackupsViewModel.Outcome.Restored restored) {
            return restored.before().isPresent()
                    ? messages.format("backups.restored", taken.format(restored.from().takenAt()),
                            taken.format(restored.before().get().takenAt()))
                    : messages.format("backups.restoredRawCopy", taken.format(restored.from().takenAt()));
        }
        return "";
    }

    private void confirmRestore(BackupItem chosen) {
        if (chosen == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("backups.restore.confirm", taken.format(chosen.takenAt())), ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(messages.get("backups.restore"));
        DialogStyle.follow(confirm, dialog.getDialogPane().getScene().getWindow());
        confirm.showAndWait().filter(button -> button == ButtonType.OK).ifPresent(button -> viewModel.restore(chosen));
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private final class BackupCell extends ListCell<BackupItem> {
        @Override
        protected void updateItem(BackupItem backup, boolean empty) {
            super.updateItem(backup, empty);
            if (empty || backup == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            setText(taken.format(backup.takenAt()) + "  ·  " + size(backup.sizeInBytes()));
            setGraphic(new FontIcon(Feather.ARCHIVE));
            setAccessibleText(getText());
        }
    }
}
