package dk.refleksionsbog.core.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryPdfRendererTest {
    private static final SummaryPdfRenderer RENDERER = new SummaryPdfRenderer();
    private static final String HEADER = SampleSummaries.OWNER + " · Opsummering før mødet 23. november 2026";
    private static final LoopSummary LONG_LOOP = SampleSummaries.realisticLoop(1, SampleSummaries.longAnswer());
    private static byte[] longLoopPdf;
    private static PrintedPdf longLoop;

    @BeforeAll
    static void renderTheLongLoopOnce() throws Exception {
        longLoopPdf = RENDERER.render(List.of(LONG_LOOP));
        longLoop = PrintedPdf.read(longLoopPdf);
    }

    @Test
    @DisplayName("a ~6,000 character answer flows onto page two: two pages, nothing cut")
    void longAnswerFlowsOntoPageTwo() {
        assertThat(SampleSummaries.longAnswer().length()).isBetween(5900, 6100);
        assertThat(longLoop.pageCount()).isEqualTo(2);
        assertThat(longLoop.page(1)).contains("1. " + PrintedPdf.normalise(SampleSummaries.LONG_PARAGRAPH));
        assertThat(longLoop.page(2)).contains(SampleSummaries.LONG_ANSWER_END);
        assertThat(longLoop.flowingText(HEADER)).contains(PrintedPdf.normalise(SampleSummaries.longAnswer()));
    }

    @Test
    @DisplayName("every section heading of the summary is printed, in Danish by default")
    void everySectionHeadingIsPrinted() {
        assertThat(longLoop.text()).contains(
                "Prøvehandling", "Det har jeg gjort og set", "FRA LOGBOGEN", "Stjernestunder",
                "Evaluering før og efter prøvehandlingen", "Refleksion", "Næste aktion",
                "Spørgsmål til mødet 12. januar 2027", "Øvrige sparringskommentarer");
        assertThat(longLoop.page(1)).contains("UDFORDRING", "LOOP 1", "FASE: REFLEKSION");
    }

    @Test
    @DisplayName("every question, answer, entry and comment of the loop is printed with æ, ø and å intact")
    void everyTextIsPrintedExactly() {
        List<String> expected = printedTexts(LONG_LOOP);
        assertThat(expected).hasSizeGreaterThan(40);
        String text = longLoop.flowingText(HEADER);
        for (String piece : expected) {
            assertThat(text).contains(PrintedPdf.normalise(piece));
        }
        assertThat(text).contains("Færre overdragelser, mere sammenhæng for borgeren", "Fru Østergaard",
                "Jørgen Å. Møller, 20. november 2026:", "8. december 2026", "4 / 5", "2 / 5", "-2",
                "FØR PRØVEHANDLING", "EFTER PRØVEHANDLING", "HVAD ER FORSKELLEN?");
    }

    @Test
    @DisplayName("each page has the owner's name and the print date on top and 'Side n af m' at the bottom")
    void headerAndPageNumbersOnEveryPage() {
        for (int page = 1; page <= longLoop.pageCount(); page++) {
            assertThat(longLoop.page(page)).startsWith(HEADER).contains("Side " + page + " af 2");
        }
    }

    @Test
    @DisplayName("every font on every page is embedded")
    void everyFontIsEmbedded() {
        assertThat(longLoop.fonts()).isNotEmpty();
        assertThat(longLoop.fonts()).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        assertThat(longLoop.fonts()).extracting(PDFont::getName).allMatch(name -> name.contains("LiberationSans"));
    }

    @ParameterizedTest(name = "observation shortened by {0} characters")
    @ValueSource(ints = {0, 300, 600, 900, 1200})
    @DisplayName("a short evaluation is never split over two pages, wherever the page break falls")
    void shortEvaluationStaysOnOnePage(int shortenedBy) throws Exception {
        String observation = SampleSummaries.writtenObservation();
        LoopSummary summary = SampleSummaries.realisticLoop(2, observation.substring(0, observation.length() - shortenedBy));
        PrintedPdf pdf = PrintedPdf.read(RENDERER.render(List.of(summary)));

        assertThat(pdf.pageTexts()).filteredOn(page -> page.contains("FØR PRØVEHANDLING")).singleElement()
                .satisfies(page -> assertThat(page).contains("Evaluering før og efter prøvehandlingen",
                        "At det er et planlægningsproblem", "Færre akutte ændringer; mere ro.", "2 / 5"));
    }

    @Test
    @DisplayName("the PDF is tagged for screen readers and carries title, author and language")
    void taggedWithMetadata() throws Exception {
        try (PDDocument document = Loader.loadPDF(longLoopPdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da");
            assertThat(document.getDocumentInformation().getTitle()).contains(LONG_LOOP.challengeTitle());
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(SampleSummaries.OWNER);
        }
    }

    @Test
    @DisplayName("page one renders to an image with visible content")
    void pageOneRendersToAnImage() throws Exception {
        try (PDDocument document = Loader.loadPDF(longLoopPdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 40);
            assertThat(image.getWidth()).isBetween(320, 340);
            assertThat(inkShare(image)).isBetween(0.02, 0.5);
        }
    }

    @Test
    @DisplayName("a whole challenge goes into one PDF, each loop starting on a new page")
    void wholeChallengeInOnePdf() throws Exception {
        List<LoopSummary> loops = List.of(
                SampleSummaries.realisticLoop(1, "Kort svar om første loop med æøå."),
                SampleSummaries.realisticLoop(2, SampleSummaries.LONG_PARAGRAPH),
                SampleSummaries.realisticLoop(3, SampleSummaries.longAnswer()));
        PrintedPdf pdf = PrintedPdf.read(RENDERER.render(loops));

        List<Integer> loopStarts = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.page(page).contains("UDFORDRING")) {
                loopStarts.add(page);
            }
            assertThat(pdf.page(page)).contains("Side " + page + " af " + pdf.pageCount());
        }
        assertThat(loopStarts).hasSize(3).startsWith(1);
        for (int loop = 1; loop <= 3; loop++) {
            assertThat(pdf.page(loopStarts.get(loop - 1))).contains("LOOP " + loop + " ");
        }
        assertThat(pdf.pageCount()).isEqualTo(loopStarts.get(2) + 1);
        assertThat(pdf.flowingText(HEADER)).contains("Kort svar om første loop med æøå.",
                "Afprøv faste kontaktpersoner i én rute mere og inddrag de pårørende.",
                SampleSummaries.LONG_ANSWER_END);
    }

    @Test
    @DisplayName("an English journal gets English headings and page numbers")
    void englishHeadings() throws Exception {
        LoopSummary english = inLanguage(SampleSummaries.realisticLoop(1, "Short answer."), "en");
        PrintedPdf pdf = PrintedPdf.read(RENDERER.render(List.of(english)));

        assertThat(pdf.text()).contains("Trial action", "What I did and saw", "Before and after the trial action",
                "Questions for the meeting on January 12, 2027", "Page 1 of " + pdf.pageCount(), "November 23, 2026");
        assertThat(pdf.text()).doesNotContain("Side 1 af", "Prøvehandling ");
    }

    @Test
    @DisplayName("a long web address or unbroken word wraps inside the margins, in the text and in table cells")
    void longWordsWrapInsideTheMargins() throws Exception {
        String address = "https://intranet.kommune.dk/" + "LedelseUdAfBoksen".repeat(12) + "?side=2";
        LoopSummary summary = withEvaluationText(SampleSummaries.realisticLoop(1, "Se " + address), address);
        byte[] pdf = RENDERER.render(List.of(summary));

        float rightEdge;
        float pageWidth;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageWidth = document.getPage(0).getMediaBox().getWidth();
            List<Float> edges = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(position -> edges.add(position.getXDirAdj() + position.getWidthDirAdj()));
                }
            };
            stripper.getText(document);
            rightEdge = edges.stream().max(Float::compare).orElseThrow();
        }
        float rightMarginPoints = 16 / 25.4f * 72;
        assertThat(rightEdge).isLessThanOrEqualTo(pageWidth - rightMarginPoints + 0.5f);
        String text = PrintedPdf.read(pdf).text().replace(" ", "");
        assertThat(text).contains(address);
        assertThat(text.split("LedelseUdAfBoksen", -1)).as("both copies printed whole").hasSize(2 * 12 + 1);
    }

    @Test
    @DisplayName("markup and control characters in the leader's text are printed as text, never interpreted")
    void markupIsEscaped() throws Exception {
        String hostile = "<b>fed</b> & <script>x</script> \"citat\" 'enkelt' ]]> \u0001\u0008 slut";
        LoopSummary summary = withReflection(SampleSummaries.realisticLoop(1, "Kort."), hostile);
        PrintedPdf pdf = PrintedPdf.read(RENDERER.render(List.of(summary)));

        assertThat(pdf.text()).contains("<b>fed</b> & <script>x</script> \"citat\" 'enkelt' ]]> slut");
    }

    @Test
    @DisplayName("a loop with nothing written yet prints its headings and says so")
    void emptyLoop() throws Exception {
        LoopSummary empty = new LoopSummary("da", "", SampleSummaries.PRINT_DATE, "Ny udfordring", "", 1,
                "Formulering af udfordring", false, "", List.of(), List.of(), "Første refleksionsmøde", null,
                List.of(), List.of(), List.of(), new LabelledText("Stjernestunder?", ""),
                new EvaluationSummary("Før", "Efter", "Forskel", List.of(), "Før (1-5)", null, "Efter (1-5)", null),
                List.of(), List.of(), null, List.of(), List.of());
        PrintedPdf pdf = PrintedPdf.read(RENDERER.render(List.of(empty)));

        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.text()).contains("Opsummering før mødet", "Ny udfordring", "Spørgsmål til mødet");
        assertThat(pdf.text().split("Ikke udfyldt endnu\\.", -1)).hasSize(8);
    }

    @Test
    @DisplayName("warming up lays out its own small document with every kind of block")
    void warmUp() {
        assertThatCode(new SummaryPdfRenderer()::warmUp).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("rendering to a stream and to bytes gives the same document")
    void streamAndBytesAgree() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(List.of(LONG_LOOP), out);
        assertThat(PrintedPdf.read(out.toByteArray()).pageTexts()).isEqualTo(longLoop.pageTexts());
    }

    @Test
    @DisplayName("writeTo saves a complete PDF, replaces an older one and leaves no temporary files")
    void writeToSavesTheFile(@TempDir Path folder) throws Exception {
        Path target = folder.resolve("opsummering æøå.pdf");
        Files.writeString(target, "an older file");

        RENDERER.writeTo(List.of(LONG_LOOP), target);

        assertThat(PrintedPdf.read(Files.readAllBytes(target)).pageTexts()).isEqualTo(longLoop.pageTexts());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }

    /** Every label and text the summary holds that is not blank: what must appear in print. */
    private static List<String> printedTexts(LoopSummary summary) {
        List<String> texts = new ArrayList<>(List.of(summary.challengeTitle(), summary.challengeDescription(),
                summary.firstReflectionMeetingLabel()));
        List<LabelledText> items = new ArrayList<>();
        items.addAll(summary.planning());
        items.addAll(summary.trialAction());
        summary.doneAndObserved().forEach(phase -> {
            texts.add(phase.phaseName().toUpperCase(Locale.ROOT)); // subheadings are set in capitals
            items.addAll(phase.answers());
        });
        items.add(summary.evaluationStarMoments());
        // the difference column is headed by its question, so its cells carry only the answer
        summary.evaluation().rows().forEach(row -> items.addAll(List.of(row.before(), row.after(),
                new LabelledText("", row.difference().text(), row.difference().comments()))));
        items.addAll(summary.reflection());
        items.addAll(summary.nextAction());
        items.addAll(summary.meetingQuestions());
        items.addAll(summary.otherComments());
        for (LabelledText item : items) {
            if (!item.isBlank()) {
                texts.add(item.label());
                texts.add(item.text());
                item.comments().forEach(comment -> texts.addAll(List.of(comment.author(), comment.text())));
            }
        }
        Stream.concat(summary.entries().stream(), summary.starMoments().stream()).forEach(entry -> {
            texts.add(entry.kindLabel());
            texts.add(entry.text());
            if (!entry.evidenceLabel().isBlank()) {
                texts.add(entry.evidenceLabel());
            }
        });
        texts.add(summary.evaluation().ratingBeforeLabel());
        texts.add(summary.evaluation().ratingAfterLabel());
        texts.removeIf(String::isBlank);
        return texts;
    }

    private static LoopSummary inLanguage(LoopSummary s, String language) {
        return new LoopSummary(language, s.ownerName(), s.printDate(), s.challengeTitle(), s.challengeDescription(),
                s.loopNumber(), s.phaseName(), s.finished(), s.carriedOverAction(), s.planning(), s.trialAction(),
                s.firstReflectionMeetingLabel(), s.firstReflectionMeeting(), s.doneAndObserved(), s.entries(),
                s.starMoments(), s.evaluationStarMoments(), s.evaluation(), s.reflection(), s.nextAction(),
                s.meetingDate(), s.meetingQuestions(), s.otherComments());
    }

    private static LoopSummary withEvaluationText(LoopSummary s, String thinkBefore) {
        EvaluationSummary e = s.evaluation();
        EvaluationSummary.Row think = e.rows().get(0);
        EvaluationSummary evaluation = new EvaluationSummary(e.beforeHeading(), e.afterHeading(), e.differenceHeading(),
                List.of(new EvaluationSummary.Row(new LabelledText(think.before().label(), thinkBefore), think.after(),
                        think.difference()), e.rows().get(1)),
                e.ratingBeforeLabel(), e.ratingBefore(), e.ratingAfterLabel(), e.ratingAfter());
        return new LoopSummary(s.language(), s.ownerName(), s.printDate(), s.challengeTitle(), s.challengeDescription(),
                s.loopNumber(), s.phaseName(), s.finished(), s.carriedOverAction(), s.planning(), s.trialAction(),
                s.firstReflectionMeetingLabel(), s.firstReflectionMeeting(), s.doneAndObserved(), s.entries(),
                s.starMoments(), s.evaluationStarMoments(), evaluation, s.reflection(), s.nextAction(),
                s.meetingDate(), s.meetingQuestions(), s.otherComments());
    }

    private static LoopSummary withReflection(LoopSummary s, String reflection) {
        return new LoopSummary(s.language(), s.ownerName(), s.printDate(), s.challengeTitle(), s.challengeDescription(),
                s.loopNumber(), s.phaseName(), s.finished(), s.carriedOverAction(), s.planning(), s.trialAction(),
                s.firstReflectionMeetingLabel(), s.firstReflectionMeeting(), s.doneAndObserved(), s.entries(),
                s.starMoments(), s.evaluationStarMoments(), s.evaluation(),
                List.of(new LabelledText("Hvad tænker vi om det, vi har afprøvet?", reflection)), s.nextAction(),
                s.meetingDate(), s.meetingQuestions(), s.otherComments());
    }
}
