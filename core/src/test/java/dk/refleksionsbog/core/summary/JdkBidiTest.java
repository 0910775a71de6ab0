package dk.refleksionsbog.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JdkBidiTest {
    private static final String SHALOM = "\u05E9\u05DC\u05D5\u05DD";

    private final JdkBidi bidi = new JdkBidi();

    @Test
    @DisplayName("a Hebrew word inside Danish text is drawn right to left")
    void hebrewIsDrawnRightToLeft() throws Exception {
        LoopSummary summary = SampleSummaries.realisticLoop(1, "Borgeren hedder " + SHALOM + " og taler dansk.");
        byte[] pdf = new SummaryPdfRenderer().render(List.of(summary));

        float firstLetter = xOf(pdf, '\u05E9');
        float lastLetter = xOf(pdf, '\u05DD');
        assertThat(firstLetter).isGreaterThan(lastLetter);
        assertThat(PrintedPdf.read(pdf).text()).contains("Borgeren hedder " + SHALOM + " og taler dansk.");
    }

    @Test
    @DisplayName("visual runs: left-to-right text, then the right-to-left word, then left-to-right again")
    void splitsIntoVisualRuns() {
        BidiSplitter splitter = bidi.createBidiSplitter();
        String text = "ab " + SHALOM + " cd";
        splitter.setParagraph(text, BidiSplitter.LTR);

        List<String> runs = new ArrayList<>();
        for (int i = 0; i < splitter.countTextRuns(); i++) {
            BidiTextRun run = splitter.getVisualRun(i);
            runs.add(run.getDirection() + ":" + text.substring(run.getStart(), run.getStart() + run.getLength()));
        }
        assertThat(runs).containsExactly(BidiSplitter.LTR + ":ab ", BidiSplitter.RTL + ":" + SHALOM,
                BidiSplitter.LTR + ": cd");
        assertThat(splitter.getBaseDirection("123 " + SHALOM)).isEqualTo(BidiSplitter.RTL);
        assertThat(splitter.getBaseDirection("42 – ?")).isEqualTo(BidiSplitter.NEUTRAL);
        splitter.setParagraph("", BidiSplitter.NEUTRAL);
        assertThat(splitter.countTextRuns()).isZero();
    }

    @Test
    @DisplayName("reversing for display keeps accents on their letter and mirrors brackets")
    void reversesWholeCharacters() {
        assertThat(bidi.reorderRTLTextToLTR("(\u05D0\u05B8\u05D1)")).isEqualTo("(\u05D1\u05D0\u05B8)");
        assertThat(bidi.reorderRTLTextToLTR("\u00ABx\u00BB")).isEqualTo("\u00ABx\u00BB");
    }

    private static float xOf(byte[] pdf, char letter) throws IOException {
        List<Float> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) {
                for (TextPosition position : textPositions) {
                    if (position.getUnicode().indexOf(letter) >= 0) {
                        positions.add(position.getXDirAdj());
                    }
                }
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        assertThat(positions).hasSize(1);
        return positions.get(0);
    }
}
