package dk.refleksionsbog.core.summary;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes sample summary PDFs for looking at them (and for docs/screenshots: {@code screenshot.pdf},
 * then {@code pdftoppm -png -r 80}) and prints how long the first and the following PDFs take in
 * one JVM, as wall-clock and CPU time. Not a test; run it by hand from the repository root:
 *
 * <pre>
 * mvn -o -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat core/target/cp.txt) \
 *     dk.refleksionsbog.core.summary.SummarySampleMain /tmp/summary [--warm-up]
 * </pre>
 */
public final class SummarySampleMain {
    private SummarySampleMain() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/summary-samples");
        Files.createDirectories(folder);

        List<LoopSummary> oneLoop = List.of(SampleSummaries.realisticLoop(1, SampleSummaries.longAnswer()));
        Stopwatch first = new Stopwatch();
        SummaryPdfRenderer renderer = new SummaryPdfRenderer();
        if (args.length > 1 && args[1].equals("--warm-up")) {
            renderer.warmUp();
            System.out.println("warm-up: " + first);
            first = new Stopwatch();
        }
        renderer.writeTo(oneLoop, folder.resolve("loop.pdf"));
        System.out.println("first PDF (renderer created, rendered, written): " + first);

        List<Stopwatch> warm = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Stopwatch run = new Stopwatch();
            renderer.render(oneLoop);
            run.stop();
            warm.add(run);
        }
        warm.sort(Comparator.comparingLong(run -> run.wallMillis));
        System.out.println("warm PDF, median of 15: " + warm.get(warm.size() / 2) + "; fastest: " + warm.get(0));

        renderer.writeTo(List.of(SampleSummaries.realisticLoop(1, "Kort svar med æøå."),
                SampleSummaries.realisticLoop(2, SampleSummaries.LONG_PARAGRAPH),
                SampleSummaries.realisticLoop(3, SampleSummaries.longAnswer())), folder.resolve("challenge.pdf"));
        Files.writeString(folder.resolve("loop.xhtml"), renderer.xhtml(oneLoop));
        renderer.writeTo(List.of(SampleSummaries.realisticLoop(2, SampleSummaries.writtenObservation())),
                folder.resolve("screenshot.pdf"));
        System.out.println("wrote " + folder.toAbsolutePath());
    }

    /** Wall-clock and this thread's CPU time: on a busy machine the CPU time is the steadier figure. */
    private static final class Stopwatch {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long wallStart = System.nanoTime();
        private final long cpuStart = THREADS.getCurrentThreadCpuTime();
        private long wallMillis = -1;
        private long cpuMillis;

        void stop() {
            wallMillis = (System.nanoTime() - wallStart) / 1_000_000;
            cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }

        @Override
        public String toString() {
            if (wallMillis < 0) {
                stop();
            }
            return wallMillis + " ms wall, " + cpuMillis + " ms CPU";
        }
    }
}
