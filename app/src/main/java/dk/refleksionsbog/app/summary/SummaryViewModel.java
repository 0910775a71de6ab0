package dk.refleksionsbog.app.summary;

import dk.refleksionsbog.app.concurrent.BackgroundExecutor;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.core.storage.AtomicFiles;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.summary.LoopSummary;
import dk.refleksionsbog.core.summary.LoopSummaryBuilder;
import dk.refleksionsbog.core.summary.SummaryPdfRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The printable summary of a loop or of its whole challenge: the PDF is laid out in the
 * background and its pages are rendered as pixels for the preview; the same bytes are printed
 * or saved, so what the leader sees is what they get.
 */
public final class SummaryViewModel {
    /** Sharp on screen at 100–200 % and good enough for paper. */
    static final float PREVIEW_DPI = 110;

    private final JournalStore store;
    private final BackgroundExecutor executor;
    private final FailureTexts failures;
    private final LoopSummaryBuilder builder;
    private final SummaryPdfRenderer renderer;
    private final UUID loopId;
    private final UUID challengeId;

    private final ObjectProperty<SummaryScope> scope = new SimpleObjectProperty<>(SummaryScope.LOOP);
    private final ObservableList<SummaryPage> pages = FXCollections.observableArrayList();
    private final ObservableList<SummaryPage> readOnlyPages = FXCollections.unmodifiableObservableList(pages);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noPrinter = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> savedPdf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper challengeTitle = new ReadOnlyStringWrapper("");
    private byte[] pdf;
    private int rendering;

    public SummaryViewModel(JournalStore store, BackgroundExecutor executor, LoopSummaryBuilder builder,
            SummaryPdfRenderer renderer, UUID loopId, UUID challengeId, FailureTexts failures) {
        this.failures = failures;
        this.store = store;
        this.executor = executor;
        this.builder = builder;
        this.renderer = renderer;
        this.loopId = loopId;
        this.challengeId = challengeId;
        scope.addListener((observable, before, after) -> render());
    }

    /** The loop or the whole challenge; changing it lays the summary out again. */
    public ObjectProperty<SummaryScope> scopeProperty() {
        return scope;
    }

    /** The preview, page by page. */
    public ObservableList<SummaryPage> pages() {
        return readOnlyPages;
    }

    /** True while the PDF is laid out. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True after printing found no printer; the view then offers to save as PDF. */
    public ReadOnlyBooleanProperty noPrinterProperty() {
        return noPrinter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> savedPdfProperty() {
        return savedPdf.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean isReady() {
        return pdf != null && !busy.get();
    }

    public ReadOnlyStringProperty challengeTitleProperty() {
        return challengeTitle.getReadOnlyProperty();
    }

    /** A file name from the challenge's title. */
    public String suggestedFileName() {
        String name = challengeTitle.get().replaceAll("[\\\\/:*?\"<>|]", " ").strip();
        return (name.isEmpty() ? "opsummering" : name) + ".pdf";
    }

    // ---- commands ----

    /** Lays the summary out for the chosen scope and renders the preview. */
    public void render() {
        SummaryScope chosen = scope.get();
        int request = ++rendering;
        busy.set(true);
        executor.submit(() -> {
            List<LoopSummary> summaries = chosen == SummaryScope.LOOP ? List.of(builder.forLoop(loopId))
                    : builder.forChallenge(challengeId);
            byte[] bytes = renderer.render(summaries);
            String title = store.challenges().find(challengeId).map(challenge -> challenge.title()).orElse("");
            return new Rendered(bytes, pagesOf(bytes), title);
        }, rendered -> {
            // A scope chosen while the previous one was still rendering wins.
            if (request != rendering) {
                return;
            }
            pdf = rendered.pdf();
            pages.setAll(rendered.pages());
            challengeTitle.set(rendered.challengeTitle());
            busy.set(false);
            problem.set(null);
        }, failure -> {
            if (request == rendering) {
                busy.set(false);
                problem.set(failures.describe(failure));
            }
        });
    }

    private record Rendered(byte[] pdf, List<SummaryPage> pages, String challengeTitle) {}

    private static List<SummaryPage> pagesOf(byte[] pdf) throws IOException {
        List<SummaryPage> rendered = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer pdfRenderer = new PDFRenderer(document);
            for (int index = 0; index < document.getNumberOfPages(); index++) {
                BufferedImage image = pdfRenderer.renderImageWithDPI(index, PREVIEW_DPI, ImageType.RGB);
                int width = image.getWidth();
                int height = image.getHeight();
                rendered.add(new SummaryPage(index + 1, width, height, image.getRGB(0, 0, width, height, null, 0, width)));
            }
        }
        return rendered;
    }

    /** Saves the summary shown as a PDF file, atomically and in the background. */
    public void saveAsPdf(Path target) {
        byte[] bytes = pdf;
        if (bytes == null) {
            return;
        }
        executor.submit(() -> {
            AtomicFiles.write(target, bytes);
            return target;
        }, written -> {
            problem.set(null);
            savedPdf.set(written);
        }, failure -> problem.set(failures.describe(failure)));
    }

    /** Prints the pages shown; when there is no printer, says so, so the view can offer the PDF. */
    public void print(PagePrinter printer) {
        if (!isReady()) {
            return;
        }
        PagePrinter.Outcome outcome = printer.print(List.copyOf(pages));
        noPrinter.set(outcome == PagePrinter.Outcome.NO_PRINTER);
    }
}
