package dk.refleksionsbog.app.answer;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls the pane so that the control that gets the keyboard focus can be seen, as Tab moves on. */
public final class FocusScroller {
    private FocusScroller() {}

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((observable, before, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((focus, old, owner) -> {
                    if (owner != null && scroll.getScene() == scene && isInside(owner, scroll.getContent())) {
                        reveal(scroll, owner);
                    }
                });
            }
        });
    }

    private static boolean isInside(Node node, Node container) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current == container) {
                return true;
            }
        }
        return false;
    }

    /** Moves the view just enough for the node to be inside it. */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        double scrollable = contentHeight - viewportHeight;
        if (scrollable <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        double bottom = top + viewportHeight;
        if (inContent.getMinY() < top) {
            scroll.setVvalue(inContent.getMinY() / scrollable);
        } else if (inContent.getMaxY() > bottom) {
            scroll.setVvalue(Math.min(1, (inContent.getMaxY() - viewportHeight) / scrollable));
        }
    }
}
