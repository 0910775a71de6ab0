package dk.refleksionsbog.core.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5: emoji, combining marks, right-to-left script and control characters round-trip through
 * the PDF summary: the text read back from the PDF (as copy-paste or a screen reader gets it) is
 * the text the leader typed, never '#' for a missing glyph.
 */
class SummaryScriptsTest {
    private static final SummaryPdfRenderer RENDERER = new SummaryPdfRenderer();
    static final String EMOJI = "Godt møde 😀 🙂 👍 🎉 ☕ ⭐ 🧑‍💻";
    static final String DINGBATS = "Tjekliste ✓ ✔ ✗ ★ ☆ ♞ ⚑ ➜ ☎";
    static final String ARABIC = "السلام عليكم ومرحبا بكم";
    static final String HEBREW = "שלום חברים";
    static final String COMBINING = "Cafe\u0301, q\u0303, n\u0303o, A\u030A";
    static final String CONTROL = "før\u0007efter\u001Bslut\tog tab";

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void printEveryScriptOnce() throws Exception {
        String answer = String.join("\n\n", EMOJI, DINGBATS, ARABIC, HEBREW, COMBINING, CONTROL);
        pdf = RENDERER.render(List.of(SampleSummaries.realisticLoop(1, answer)));
        text = Normalizer.normalize(PrintedPdf.read(pdf).text(), Normalizer.Form.NFC);
    }

    @ParameterizedTest
    @ValueSource(strings = {EMOJI, DINGBATS, ARABIC, HEBREW, COMBINING})
    @DisplayName("each script's text is read back from the PDF exactly (up to NFC, as the PDF composes accents)")
    void readBackExactly(String typed) {
        assertThat(text).contains(Normalizer.normalize(typed, Normalizer.Form.NFC));
    }

    @Test
    @DisplayName("no character is printed as '#' for want of a glyph")
    void noMissingGlyphs() {
        assertThat(text).doesNotContain("#");
    }

    @Test
    @DisplayName("control characters are left out, the text around them stays whole")
    void controlCharactersLeftOut() {
        assertThat(text).contains("førefterslut og tab");
        assertThat(text).doesNotContain("\u0007").doesNotContain("\u001B");
    }

    @Test
    @DisplayName("Arabic letters are joined: initial, medial and final forms and the lam-alef ligature are drawn")
    void arabicIsJoined() {
        assertThat(ArabicLetterForms.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
        assertThat(ArabicLetterForms.shape("بكم")).isEqualTo("\uFE91\uFEDC\uFEE2");
        assertThat(ArabicLetterForms.shape("ور")).as("waw and reh never join onward").isEqualTo("\uFEED\uFEAD");
        assertThat(ArabicLetterForms.unshape(ArabicLetterForms.shape(ARABIC))).isEqualTo(ARABIC);
    }

    @Test
    @DisplayName("the fallback fonts are embedded as subsets, so the PDF stays small")
    void fallbackFontsEmbeddedAsSubsets() throws Exception {
        List<String> fonts = PrintedPdf.read(pdf).fonts().stream().map(font -> font.getName()).distinct().toList();
        assertThat(fonts).anyMatch(name -> name.contains("NotoSansArabic"))
                .anyMatch(name -> name.contains("NotoEmoji"))
                .anyMatch(name -> name.contains("NotoSansSymbols2"))
                .anyMatch(name -> name.contains("NotoSansSymbols-"));
        assertThat(PrintedPdf.read(pdf).fonts()).allMatch(font -> font.isEmbedded());
        assertThat(pdf.length).isLessThan(250_000);
    }

    @Test
    @DisplayName("the page renders; with -Dsummary.png=FILE it is saved to look at")
    void rendersToAnImage() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            String target = System.getProperty("summary.png");
            if (target != null) {
                ImageIO.write(image, "png", Files.newOutputStream(Path.of(target)));
            }
            assertThat(image.getWidth()).isGreaterThan(800);
        }
    }
}
