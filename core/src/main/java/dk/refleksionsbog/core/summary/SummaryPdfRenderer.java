package dk.refleksionsbog.core.summary;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Prints loop summaries as an A4 PDF with the fonts embedded: Liberation Sans, and for what it
 * lacks (Arabic, symbols, emoji) the bundled Noto fallbacks. One renderer can be kept and reused:
 * it reads the font and the headings once, so only the first PDF in a process pays for loading.
 * Thread-safe; each call lays out its own document.
 */
public final class SummaryPdfRenderer {
    /** Shipped inside PDFBox; unlike DejaVu it has no ligatures, so copied or extracted text stays exact. */
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final byte[] font;
    private final JdkBidi bidi = new JdkBidi();
    private final Map<String, SummaryHeadings> headingsByLanguage;

    public SummaryPdfRenderer() {
        this.font = readFont();
        this.headingsByLanguage = Map.of(
                "da", SummaryHeadings.forLanguage("da"),
                "en", SummaryHeadings.forLanguage("en"));
    }

    /**
     * Writes one PDF with the loops in the given order, each starting on a new page; headings
     * and dates are in the first summary's language.
     *
     * @throws IllegalArgumentException when there is no summary to print
     */
    public void render(List<LoopSummary> summaries, OutputStream out) throws IOException {
        String xhtml = xhtml(summaries);
        PDDocument document = new PDDocument();
        try (TrueTypeFont liberationSans = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            // Glyph substitution only recombines accents the font already has as whole letters, yet
            // PDFBox's generic implementation of it took half of the time of every PDF.
            liberationSans.setEnableGsub(false);
            PDFont embedded = PDType0Font.load(document, liberationSans, true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            // Tagged PDF/UA lets screen readers follow the headings; it also keeps the standard 14
            // fonts out, so nothing is ever drawn in a font that is not embedded.
            builder.usePdfUaAccessibility(true);
            builder.useUnicodeBidiSplitter(bidi);
            builder.useUnicodeBidiReorderer(bidi);
            builder.useFont(new PDFontSupplier(embedded), SummaryXhtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
            // Read only when a character is missing from the fonts before it in the style's list.
            for (SummaryXhtml.FallbackFont fallback : SummaryXhtml.FallbackFont.values()) {
                builder.useFont(() -> SummaryPdfRenderer.class.getResourceAsStream(fallback.resource()),
                        fallback.family(), 400, FontStyle.NORMAL, true);
            }
            // The document is self-contained; refuse any outside resource so a PDF never reaches the network.
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Refleksionsbog");
            builder.toStream(out);
            builder.run();
        } finally {
            document.close();
        }
    }

    public byte[] render(List<LoopSummary> summaries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(summaries, out);
        return out.toByteArray();
    }

    /** Saves the PDF atomically: the file holds either its previous content or the whole new PDF. */
    public void writeTo(List<LoopSummary> summaries, Path target) throws IOException {
        AtomicFiles.write(target, render(summaries));
    }

    /**
     * Lays out and throws away a small summary, so that the libraries' classes and the font are
     * loaded before the leader asks for the first real PDF, which then comes at warm speed. Takes
     * as long as a first PDF; call it on a background thread, e.g. when the summary screen opens.
     */
    public void warmUp() throws IOException {
        render(List.of(warmUpSummary()), OutputStream.nullOutputStream());
    }

    /** Touches every part of the layout: sections, two-column table, evaluation with ratings, comments. */
    private static LoopSummary warmUpSummary() {
        LocalDate day = LocalDate.of(2000, 1, 1);
        LabelledText text = new LabelledText("Æ?", "ø å", List.of(new SummaryComment("Å", day, "æ")));
        List<LabelledText> texts = List.of(text, text);
        EvaluationSummary evaluation = new EvaluationSummary("Æ", "Ø", "Å",
                List.of(new EvaluationSummary.Row(text, text, text)), "æ", 3, "ø", 4);
        SummaryEntry entry = new SummaryEntry(EntryKind.NOTE, "Æ", day, "ø", "å", List.of());
        return new LoopSummary("da", "Æ", day, "Ø", "å", 1, "Æ", false, "ø", texts, texts, "å", day,
                List.of(new PhaseAnswers(Phase.ACTION, "Æ", texts)), List.of(entry), List.of(entry), text,
                evaluation, texts, texts, day, texts, texts);
    }

    /** The XHTML the PDF is laid out from. */
    String xhtml(List<LoopSummary> summaries) {
        String language = summaries.isEmpty() ? "da" : summaries.get(0).language();
        return SummaryXhtml.document(summaries, headingsByLanguage.getOrDefault(language, headingsByLanguage.get("da")));
    }

    private static byte[] readFont() {
        try (InputStream in = SummaryPdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + FONT_RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
