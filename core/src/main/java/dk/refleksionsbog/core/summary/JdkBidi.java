package dk.refleksionsbog.core.summary;

import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Right-to-left text (a Hebrew name, say) in the right visual order, with the JDK's own Unicode
 * bidi algorithm instead of the 13 MB ICU library that openhtmltopdf's RTL module brings.
 * Arabic letters are joined by {@link ArabicLetterForms}, since the PDF library cannot shape them.
 */
final class JdkBidi implements BidiSplitterFactory, BidiReorderer {

    @Override
    public BidiSplitter createBidiSplitter() {
        return new Splitter();
    }

    /** Reverses whole characters (a letter with its accents stays one), mirroring brackets. */
    @Override
    public String reorderRTLTextToLTR(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        List<String> clusters = new ArrayList<>();
        for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
                start = end, end = characters.next()) {
            clusters.add(text.substring(start, end));
        }
        StringBuilder reversed = new StringBuilder(text.length());
        for (int i = clusters.size() - 1; i >= 0; i--) {
            reversed.append(mirrored(clusters.get(i)));
        }
        return reversed.toString();
    }

    @Override
    public String shapeText(String text) {
        return ArabicLetterForms.shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return ArabicLetterForms.unshape(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static String mirrored(String cluster) {
        if (cluster.length() != 1 || !Character.isMirrored(cluster.charAt(0))) {
            return cluster;
        }
        return switch (cluster.charAt(0)) {
            case '(' -> ")";
            case ')' -> "(";
            case '[' -> "]";
            case ']' -> "[";
            case '{' -> "}";
            case '}' -> "{";
            case '<' -> ">";
            case '>' -> "<";
            case '«' -> "»";
            case '»' -> "«";
            default -> cluster;
        };
    }

    private static final class Splitter implements BidiSplitter {
        private final List<BidiTextRun> visualRuns = new ArrayList<>();

        @Override
        public void setParagraph(String paragraph, byte direction) {
            int flags = switch (direction) {
                case RTL -> Bidi.DIRECTION_RIGHT_TO_LEFT;
                case LTR -> Bidi.DIRECTION_LEFT_TO_RIGHT;
                default -> Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT;
            };
            Bidi bidi = new Bidi(paragraph, flags);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            BidiTextRun[] runs = new BidiTextRun[count];
            for (int run = 0; run < count; run++) {
                levels[run] = (byte) bidi.getRunLevel(run);
                int start = bidi.getRunStart(run);
                runs[run] = new BidiTextRun(start, bidi.getRunLimit(run) - start, levels[run] % 2 == 0 ? LTR : RTL);
            }
            if (count > 0) {
                Bidi.reorderVisually(levels, 0, runs, 0, count);
            }
            visualRuns.clear();
            visualRuns.addAll(List.of(runs));
        }

        @Override
        public int countTextRuns() {
            return visualRuns.size();
        }

        @Override
        public BidiTextRun getVisualRun(int index) {
            return visualRuns.get(index);
        }

        /** The direction of the first strongly directed letter; NEUTRAL when there is none. */
        @Override
        public byte getBaseDirection(String paragraph) {
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                switch (Character.getDirectionality(codePoint)) {
                    case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                        return LTR;
                    case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                        return RTL;
                    default:
                        i += Character.charCount(codePoint);
                }
            }
            return NEUTRAL;
        }
    }
}
