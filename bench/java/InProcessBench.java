import dk.refleksionsbog.app.cli.Cli;
import dk.refleksionsbog.app.cli.CliContext;
import dk.refleksionsbog.app.cli.EnvironmentOrConsolePassphrase;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * In-process timings for bench/run.sh (a plain main with System.nanoTime, not JMH: warm-up
 * rounds first, then timed rounds; prints one "METRIC name median p95 min max unit" line each).
 * The search figures are also under JMH (bench/src, -Pbench); this keeps the CPU-time view.
 *
 * <pre>
 *   search JOURNAL LABEL QUERY...   200 timed queries per query (after 50 warm-up), limit 100 like the UI;
 *                                   wall time and the thread's CPU time
 *   count JOURNAL QUERY...          how many hits each query has (up to 1,000,000)
 *   save JOURNAL                    1,000 durable answer saves (one transaction each, FTS + revision)
 *   exchange JOURNAL SCRATCH_DIR    export / import of the whole journal, and the loop summary PDF, warm
 *   export|import|pdf JOURNAL SCRATCH_DIR   one of those three alone
 *   loop-id JOURNAL                 prints the id of the journal's first loop
 * </pre>
 */
public final class InProcessBench {
    private static final int UI_SEARCH_LIMIT = 100;
    private static final Clock CLOCK = Clock.systemDefaultZone();
    /**
     * The measuring thread's own CPU time, next to the wall time: on a machine shared with other
     * builds, the wall time's tail is mostly time spent waiting for a core.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final PrintWriter QUIET = new PrintWriter(Writer.nullWriter());

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[1]);
        switch (args[0]) {
            case "search" -> search(journal, args[2], Arrays.copyOfRange(args, 3, args.length));
            case "count" -> count(journal, Arrays.copyOfRange(args, 2, args.length));
            case "save" -> save(journal);
            case "exchange" -> {
                export(journal, Path.of(args[2]));
                importAll(journal, Path.of(args[2]));
                pdf(journal, Path.of(args[2]));
            }
            case "export" -> export(journal, Path.of(args[2]));
            case "import" -> importAll(journal, Path.of(args[2]));
            case "pdf" -> pdf(journal, Path.of(args[2]));
            case "loop-id" -> System.out.println(firstLoop(journal));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void search(Path journal, String label, String[] queries) {
        try (SqliteJournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            for (String query : queries) {
                for (int i = 0; i < 50; i++) {
                    store.search().search(query, UI_SEARCH_LIMIT);
                }
                long[] nanos = new long[200];
                long[] cpuNanos = new long[nanos.length];
                for (int i = 0; i < nanos.length; i++) {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    store.search().search(query, UI_SEARCH_LIMIT);
                    nanos[i] = System.nanoTime() - start;
                    cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                }
                report("search_inproc_" + label + "_" + query, nanos);
                report("search_cpu_" + label + "_" + query, cpuNanos);
            }
        }
    }

    private static void count(Path journal, String[] queries) {
        try (SqliteJournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            for (String query : queries) {
                System.out.println("COUNT " + query + " " + store.search().search(query, 1_000_000).size());
            }
        }
    }

    private static void save(Path journal) {
        try (SqliteJournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            UUID loopId = firstLoop(store);
            Answer answer = store.answers().listByOwner(loopId).get(0);
            String base = answer.text();
            for (int i = 0; i < 100; i++) {
                answer = saveOnce(store, answer, base + " opvarmning " + i);
            }
            long[] nanos = new long[1000];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                answer = saveOnce(store, answer, base + " Jeg tilføjer en tanke nummer " + i + ".");
                nanos[i] = System.nanoTime() - start;
            }
            report("save_answer", nanos);
            System.out.printf("METRIC save_answer_p99 %.2f - - - ms%n", percentile(nanos, 0.99) / 1e6);
        }
    }

    /** What the autosave does for one edited answer: one transaction, committed durably. */
    private static Answer saveOnce(SqliteJournalStore store, Answer answer, String text) {
        Answer edited = answer.withText(text, CLOCK.instant());
        store.inTransaction(() -> store.answers().save(edited));
        return edited;
    }

    private static void export(Path journal, Path scratch) throws Exception {
        Files.createDirectories(scratch);
        CliContext context = context(journal);
        timeRepeatedly("export_10k_inproc", 3, 5, () -> run(context, "export", "--out", exportFile(scratch).toString()));
    }

    /** Each round into a new journal file, as a move to a new computer does; the export is made first if missing. */
    private static void importAll(Path journal, Path scratch) throws Exception {
        Path export = exportFile(scratch);
        if (!Files.exists(export)) {
            Files.createDirectories(scratch);
            run(context(journal), "export", "--out", export.toString());
        }
        int[] round = {0};
        timeRepeatedly("import_10k_inproc", 1, 5, () -> {
            Path target = scratch.resolve("inproc-import-" + round[0]++ + ".refleksionsbog");
            run(context(target), "import", export.toString());
        });
    }

    private static void pdf(Path journal, Path scratch) throws Exception {
        Files.createDirectories(scratch);
        String loopId = firstLoop(journal).toString();
        CliContext context = context(journal);
        Path pdf = scratch.resolve("inproc-summary.pdf");
        timeRepeatedly("summary_pdf_warm", 3, 10, () -> run(context, "summary", "--loop", loopId, "--pdf", pdf.toString()));
    }

    private static Path exportFile(Path scratch) {
        return scratch.resolve("inproc.refleksion");
    }

    private static CliContext context(Path journal) {
        return new CliContext(file -> SqliteJournalStore.open(file, CLOCK), journal, CLOCK,
                new EnvironmentOrConsolePassphrase(Map.of(), null));
    }

    private static void run(CliContext context, String... args) {
        int exit = Cli.run(context, QUIET, new PrintWriter(System.err, true), args);
        if (exit != Cli.OK) {
            throw new IllegalStateException(String.join(" ", args) + " exited " + exit);
        }
    }

    /**
     * Wall-clock times of the timed rounds. The CPU time of the same rounds (this thread's, which
     * includes SQLite's work: the driver runs it in the calling thread) is printed as a second
     * metric, NAME_cpu: on a machine shared with other processes it shows the work itself, while
     * the wall clock also counts the time spent waiting for a core.
     */
    private static long[] timeRepeatedly(String name, int warmUps, int rounds, Runnable work) {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        long[] nanos = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            work.run();
            cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
            nanos[i] = System.nanoTime() - start;
        }
        report(name, nanos);
        report(name + "_cpu", cpu);
        return nanos;
    }

    private static UUID firstLoop(Path journal) {
        try (SqliteJournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            return firstLoop(store);
        }
    }

    private static UUID firstLoop(SqliteJournalStore store) {
        for (Challenge challenge : store.challenges().list()) {
            List<Loop> loops = store.loops().listByChallenge(challenge.id());
            if (!loops.isEmpty()) {
                return loops.get(0).id();
            }
        }
        throw new IllegalStateException("no loop in " + store.path());
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("METRIC %s %.2f %.2f %.2f %.2f ms%n", name, percentile(sorted, 0.5) / 1e6,
                percentile(sorted, 0.95) / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] values, double fraction) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
