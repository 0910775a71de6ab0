package dk.refleksionsbog.app.search;

import dk.refleksionsbog.core.storage.SearchHit;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One hit: its kind and place on one line, and up to as many lines of the snippet as the list's
 * fixed cell size leaves room for. The nodes are made once per cell and refilled for each hit: a
 * list of fresh results then costs a text update per visible cell, not new controls, their CSS and
 * a measurement of every hit (which took 18-48 ms of the FX thread for 100 hits).
 */
final class HitCell extends ListCell<SearchResult> {
    private final FontIcon icon = new FontIcon(Feather.EDIT_3);
    private final Label meta = new Label(null, icon);
    private final LineClippedTextFlow snippet = new LineClippedTextFlow();
    private final VBox box = new VBox(meta, snippet);

    HitCell() {
        // A cell that asks for no width of its own shortens long places and wraps snippets instead of scrolling sideways.
        setPrefWidth(0);
        meta.getStyleClass().add("entry-meta");
        meta.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        meta.setMinWidth(0);
        snippet.getStyleClass().add("search-snippet");
        snippet.setMinSize(0, 0);
        VBox.setVgrow(snippet, Priority.ALWAYS);
        box.getStyleClass().add("search-hit");
        box.setMinSize(0, 0);
        // The hit fills the cell (its fixed height and the list's width), so nothing measures its text to size it.
        box.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset()), widthProperty(),
                insetsProperty()));
        box.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset()), heightProperty(),
                insetsProperty()));
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setText(null);
        // Kept as the graphic even while the cell is empty: setting it again would re-apply CSS to all of it.
        box.setVisible(false);
        setGraphic(box);
    }

    /**
     * A hit is shown again only when it is another object: every search makes new ones. The
     * record's own equals compares all thirteen parts, and its first call is linked by an
     * invokedynamic bootstrap: a quarter of the first hits' frame (~4 ms) went there.
     */
    @Override
    protected boolean isItemChanged(SearchResult before, SearchResult after) {
        return before != after;
    }

    @Override
    protected void updateItem(SearchResult result, boolean empty) {
        super.updateItem(result, empty);
        if (empty || result == null) {
            box.setVisible(false);
            setAccessibleText(null);
            return;
        }
        meta.setText(result.label());
        icon.setIconCode(iconOf(result.kind()));
        String plain = snippet.show(result.segments());
        box.setVisible(true);
        setAccessibleText(meta.getText() + ": " + plain);
    }

    private static Feather iconOf(SearchHit.Kind kind) {
        return switch (kind) {
            case ENTRY -> Feather.EDIT_3;
            case ANSWER -> Feather.MESSAGE_SQUARE;
            case CHALLENGE -> Feather.FLAG;
            case MEETING -> Feather.USERS;
            case JOB_VISIT -> Feather.BRIEFCASE;
        };
    }
}
