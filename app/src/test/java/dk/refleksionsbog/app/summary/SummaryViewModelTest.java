package dk.refleksionsbog.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.app.testing.FailingStore;
import dk.refleksionsbog.app.i18n.FailureTexts;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.Journals;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.summary.LoopSummaryBuilder;
import dk.refleksionsbog.core.summary.SummaryPdfRenderer;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryViewModelTest {
    private static final TemplateSet TEMPLATES = TemplateRegistry.loadDefault().defaultSet();
    private static final SummaryPdfRenderer RENDERER = new SummaryPdfRenderer();

    @TempDir
    Path folder;

    private final TickingClock clock = TickingClock.at("2026-11-23T09:00:00Z");
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private JournalStore store;
    private Loop loop;
    private SummaryViewModel viewModel;

    @BeforeEach
    void open() {
        store = Journals.open(folder, clock);
        loop = Journals.challengeWithFirstLoop(store, "Mødekultur i ledergruppen", clock);
        store.answers().save(Answer.create(UUID.randomUUID(), loop.id(), "trialAction.baseline",
                "Møderne fyldes af orientering; få beslutninger træffes.", clock.instant()));
        Loop atTheEnd = loop;
        while (atTheEnd.currentPhase().next().isPresent()) {
            atTheEnd = atTheEnd.advance(clock.instant());
        }
        Loop.Succession succession = atTheEnd.finish("Beslutningspunkter først på dagsordenen", UUID.randomUUID(), clock.instant());
        store.inTransaction(() -> {
            store.loops().save(succession.finished());
            store.loops().save(succession.next());
        });
        viewModel = new SummaryViewModel(store, executor, new LoopSummaryBuilder(store, TEMPLATES, clock), RENDERER,
                loop.id(), loop.challengeId(), FailureTexts.forLanguage("da"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void rendersTheLoopAsPreviewPagesAndSavesTheSamePdf() throws Exception {
        viewModel.render();

        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.pages()).isNotEmpty();
        SummaryPage first = viewModel.pages().get(0);
        // A4 at the preview resolution, portrait.
        assertThat(first.width()).isBetween(900, 920);
        assertThat(first.height()).isGreaterThan(first.width());
        assertThat(viewModel.challengeTitleProperty().get()).isEqualTo("Mødekultur i ledergruppen");
        assertThat(viewModel.suggestedFileName()).isEqualTo("Mødekultur i ledergruppen.pdf");

        Path target = folder.resolve("opsummering.pdf");
        viewModel.saveAsPdf(target);

        assertThat(viewModel.savedPdfProperty().get()).isEqualTo(target);
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        assertThat(text(target)).contains("Mødekultur i ledergruppen", "Møderne fyldes af orientering");
    }

    @Test
    void theWholeChallengeHoldsEveryLoop() throws Exception {
        viewModel.render();
        int pagesOfOneLoop = viewModel.pages().size();

        viewModel.scopeProperty().set(SummaryScope.CHALLENGE);
        Path target = folder.resolve("udfordring.pdf");
        viewModel.saveAsPdf(target);

        assertThat(viewModel.pages().size()).isGreaterThan(pagesOfOneLoop);
        String text = text(target);
        assertThat(text).contains("Beslutningspunkter først på dagsordenen");
        assertThat(text.split("Mødekultur i ledergruppen", -1).length).isGreaterThan(2);
    }

    @Test
    void withoutAPrinterItSaysSoAndTheSummaryCanStillBeSaved() {
        viewModel.render();
        List<List<SummaryPage>> printed = new ArrayList<>();

        viewModel.print(pages -> PagePrinter.Outcome.NO_PRINTER);

        assertThat(viewModel.noPrinterProperty().get()).isTrue();

        viewModel.print(pages -> {
            printed.add(pages);
            return PagePrinter.Outcome.PRINTED;
        });

        assertThat(viewModel.noPrinterProperty().get()).isFalse();
        assertThat(printed).singleElement().isEqualTo(List.copyOf(viewModel.pages()));
    }

    @Test
    void nothingIsPrintedBeforeTheSummaryIsLaidOut() {
        List<List<SummaryPage>> printed = new ArrayList<>();

        viewModel.print(pages -> {
            printed.add(pages);
            return PagePrinter.Outcome.PRINTED;
        });

        assertThat(printed).isEmpty();
    }

    @Test
    void aMissingLoopIsReportedInsteadOfAPreview() {
        SummaryViewModel missing = new SummaryViewModel(store, executor, new LoopSummaryBuilder(store, TEMPLATES, clock),
                RENDERER, UUID.randomUUID(), loop.challengeId(), FailureTexts.forLanguage("da"));

        missing.render();

        assertThat(missing.problemProperty().get()).contains("no loop");
        assertThat(missing.pages()).isEmpty();
        assertThat(missing.isReady()).isFalse();
    }

    @Test
    void aStorageFailureIsShownInTheLeadersLanguage() {
        JournalStore failing = new FailingStore(store).failWith(StorageProblem.DISK_FULL);
        SummaryViewModel broken = new SummaryViewModel(failing, executor, new LoopSummaryBuilder(failing, TEMPLATES, clock),
                RENDERER, loop.id(), loop.challengeId(), FailureTexts.forLanguage("da"));

        broken.render();

        assertThat(broken.problemProperty().get()).startsWith("Disken er fuld")
                .doesNotContain(FailingStore.ENGLISH_MESSAGE);
    }
}
