package dk.refleksionsbog.app.search;

import dk.refleksionsbog.app.search.SearchResult.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A snippet with its matched words marked, shown in whole lines only: what does not fit in its
 * height is cut below the last whole line, never through one. Its text nodes are kept and refilled
 * for each snippet, so showing another hit restyles nothing but the marks that moved.
 */
final class LineClippedTextFlow extends TextFlow {
    private static final PseudoClass MATCHED = PseudoClass.getPseudoClass("matched");
    private final List<Text> pieces = new ArrayList<>();
    private final Rectangle clip = new Rectangle();
    /** Line heights by font: the fonts change only with the text size. */
    private final Map<Font, Double> lineHeights = new HashMap<>();

    LineClippedTextFlow() {
        setClip(clip);
    }

    /** Shows the segments; returns their plain text. */
    String show(List<Segment> segments) {
        while (pieces.size() < segments.size()) {
            Text piece = new Text();
            piece.getStyleClass().add("search-text");
            pieces.add(piece);
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            // A snippet's line breaks would waste the few lines a hit has.
            pieces.get(i).setText(segment.text().replace('\n', ' '));
            pieces.get(i).pseudoClassStateChanged(MATCHED, segment.matched());
            plain.append(segment.text());
        }
        ObservableList<Node> shown = getChildren();
        if (shown.size() > segments.size()) {
            shown.remove(segments.size(), shown.size());
        } else {
            shown.addAll(pieces.subList(shown.size(), segments.size()));
        }
        return plain.toString();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double lineHeight = 0;
        for (Node child : getChildren()) {
            lineHeight = Math.max(lineHeight, lineHeights.computeIfAbsent(((Text) child).getFont(),
                    LineClippedTextFlow::lineHeightOf));
        }
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double lines = lineHeight <= 0 ? 1 : Math.max(1, Math.floor((height + 0.5) / lineHeight));
        clip.setWidth(getWidth());
        clip.setHeight(snappedTopInset() + Math.min(height, lines * lineHeight));
    }

    private static double lineHeightOf(Font font) {
        Text probe = new Text("Åg");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }
}
