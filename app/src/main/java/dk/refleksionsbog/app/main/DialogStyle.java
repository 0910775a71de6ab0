package dk.refleksionsbog.app.main;

import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/** Dialogs are scenes of their own; this gives them the main window's owner, stylesheet and text size. */
public final class DialogStyle {
    private DialogStyle() {}

    public static void follow(Dialog<?> dialog, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(DialogStyle.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        pane.getStyleClass().add("app-dialog");
        if (owner != null && owner.getScene() != null) {
            Parent root = owner.getScene().getRoot();
            root.getStyleClass().stream().filter(styleClass -> styleClass.startsWith("text-size-"))
                    .forEach(pane.getStyleClass()::add);
        }
    }
}
