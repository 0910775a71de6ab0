package dk.refleksionsbog.core.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes sample summary PDFs for looking at them (and for docs/screenshots) and prints how long
 * the first and the following PDFs take in one JVM. Not a test: run it by hand, e.g.
 * {@code java -cp core/target/classes:core/target/test-classes:$(cat cp.txt)
 * dk.refleksionsbog.core.summary.SummarySampleMain /tmp/summary}.
 */
public final class SummarySampleMain {
    private SummarySampleMain() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/summary-samples");
        Files.createDirectories(folder);

        long start = System.nanoTime();
        SummaryPdfRenderer renderer = new SummaryPdfRenderer();
        List<LoopSummary> oneLoop = List.of(SampleSummaries.realisticLoop(1, SampleSummaries.longAnswer()));
        renderer.writeTo(oneLoop, folder.resolve("loop.pdf"));
        System.out.printf("first PDF (renderer created + rendered + written): %d ms%n", (System.nanoTime() - start) / 1_000_000);

        long[] warm = new long[10];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            renderer.render(oneLoop);
            warm[i] = (System.nanoTime() - t) / 1_000_000;
        }
        java.util.Arrays.sort(warm);
        System.out.printf("warm PDF: median %d ms, min %d ms, max %d ms%n", warm[warm.length / 2], warm[0], warm[warm.length - 1]);

        renderer.writeTo(List.of(SampleSummaries.realisticLoop(1, "Kort svar med æøå."),
                SampleSummaries.realisticLoop(2, SampleSummaries.LONG_PARAGRAPH),
                SampleSummaries.realisticLoop(3, SampleSummaries.longAnswer())), folder.resolve("challenge.pdf"));
        Files.writeString(folder.resolve("loop.xhtml"), renderer.xhtml(oneLoop));
        renderer.writeTo(List.of(SampleSummaries.realisticLoop(2, SampleSummaries.writtenObservation())),
                folder.resolve("screenshot.pdf"));
        System.out.println("wrote " + folder.toAbsolutePath());
    }
}
