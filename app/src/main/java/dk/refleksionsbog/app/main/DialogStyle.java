package dk.refleksionsbog.app.main;

import dk.refleksionsbog.app.answer.FocusScroller;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
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

    /**
     * Keeps a dialog whose content can grow tall (large text size, long texts) on the owner's screen:
     * the content scrolls and the buttons stay in view. Call after the content is set.
     */
    public static void fitToScreen(Dialog<?> dialog, Window owner) {
        DialogPane pane = dialog.getDialogPane();
        Node content = pane.getContent();
        ScrollPane scroll = new ScrollPane(content) {
            // The skin measures the content unwrapped; at its own width the wrapped lines count too.
            @Override
            protected double computePrefHeight(double width) {
                Insets insets = getInsets();
                return content.prefHeight(content.prefWidth(-1)) + insets.getTop() + insets.getBottom();
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("screen-scroll", "dialog-scroll");
        FocusScroller.install(scroll);
        pane.setContent(scroll);
        // Room for the window's title bar, which the visual bounds do not know of.
        pane.setMaxHeight(screenOf(owner).getHeight() * 0.9);
        dialog.showingProperty().addListener((observable, before, showing) -> keepOnScreen(dialog, owner));
        dialog.heightProperty().addListener((observable, before, height) -> keepOnScreen(dialog, owner));
    }

    /** A dialog centred on its owner while still small, then grown, would reach past the screen's edge. */
    private static void keepOnScreen(Dialog<?> dialog, Window owner) {
        if (!dialog.isShowing()) {
            return;
        }
        Rectangle2D screen = screenOf(owner);
        double top = Math.max(screen.getMinY(), Math.min(dialog.getY(), screen.getMaxY() - dialog.getHeight()));
        if (top != dialog.getY()) {
            dialog.setY(top);
        }
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
