package dk.refleksionsbog.app.startup;

import dk.refleksionsbog.app.App;
import dk.refleksionsbog.app.cli.Cli;
import dk.refleksionsbog.app.cli.CliContext;
import dk.refleksionsbog.app.cli.EnvironmentOrConsolePassphrase;
import dk.refleksionsbog.app.logging.QuietLoggingProvider;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads the classes a start of the app or of a command needs, so that a JVM run with
 * {@code -XX:DumpLoadedClassList=FILE} lists them for a static class-data archive (AppCDS): every
 * later start maps them from the archive instead of reading, parsing and verifying them.
 *
 * <p>Two kinds of training: the command line runs for real on throw-away journals (opening
 * SQLite, writing, searching, exporting, importing, the summary PDF: the storage path the app's
 * start shares), and the UI's classes are loaded without being initialised, so no static code
 * runs and no display or JavaFX toolkit is needed. With {@value #WINDOW}, and JavaFX's headless
 * Monocle platform on the class path and chosen, the app's window is then also started for real on
 * the training journal, and each main screen is opened once ({@link ScreenTour}): loading alone
 * leaves out the method-handle forms and lambda classes the window's start makes, which cost a
 * start ~0.1 s of processor time to make again (docs/benchmarks.md), and the first opening of
 * each other screen its own classes and lambdas. The class list also records the method-handle
 * forms and lambda classes the commands made ({@code @lambda-form-invoker}, {@code @lambda-proxy}),
 * which a static archive stores and a dynamic one ({@code -XX:ArchiveClassesAtExit}) would make
 * again at every start. The package build makes the list (app/pom.xml, profile {@code package});
 * the Linux package's install script turns it into the archive with the installed runtime
 * (packaging/linux/postinst), because an archive is only accepted by the JVM that made it.
 */
public final class ClassDataTraining {

    /** Where the start path's classes live: the app itself, JavaFX and the UI libraries. */
    static final List<String> START_PATH_PACKAGES = List.of(
            "dk/refleksionsbog/",
            "javafx/",
            "com/sun/javafx/",
            "com/sun/glass/",
            "com/sun/prism/",
            "com/sun/scenario/",
            "atlantafx/",
            "org/kordamp/ikonli/");

    private final ClassLoader loader;

    public ClassDataTraining(ClassLoader loader) {
        this.loader = loader;
    }

    /** Starts the window too (see the class comment). */
    static final String WINDOW = "--window";
    /** A window that has not walked through its screens by then has failed (a hang fails the build). */
    private static final Duration WINDOW_TIME_LIMIT = Duration.ofMinutes(3);

    /**
     * Arguments: none, or {@value #WINDOW}. Run it with the launcher's class path and
     * -XX:DumpLoadedClassList.
     */
    public static void main(String[] args) throws IOException {
        QuietLoggingProvider.choose();  // as Main does, so the archive holds the logging start the app makes
        Path scratch = Files.createTempDirectory("refleksionsbog-training");
        // Only the Linux package makes an archive (postinst); elsewhere the window's start would also
        // use the builder's own app folders, which the XDG folders set by the build do not move.
        boolean window = List.of(args).contains(WINDOW) && System.getProperty("os.name", "").startsWith("Linux");
        boolean trained = false;
        try {
            List<Integer> exitCodes = exerciseCommandLine(scratch);
            Path jar = Path.of(ClassDataTraining.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            // Run from a class folder (a development build) there is no jar to list the classes of.
            Result result = Files.isDirectory(jar) ? new Result(0, 0)
                    : new ClassDataTraining(ClassDataTraining.class.getClassLoader()).loadStartPathClasses(jar);
            System.out.println("Command line exit codes " + exitCodes + "; loaded " + result.loaded()
                    + " classes (" + result.unloadable() + " could not be loaded here and are left out).");
            trained = true;
        } finally {
            if (!window || !trained) {
                deleteRecursively(scratch);
            }
        }
        if (window) {
            startWindow(scratch);
        }
    }

    /**
     * Opens the app's window on the training journal and opens each main screen once (see
     * {@link ScreenTour}); then the JVM ends, and the scratch folder goes with it.
     */
    private static void startWindow(Path scratch) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deleteRecursively(scratch);
            } catch (IOException | UncheckedIOException stillInUse) {
                // a file the window still holds open on a platform that cannot delete such files: it is a temporary folder
            }
        }));
        Thread timeLimit = new Thread(() -> {
            try {
                Thread.sleep(WINDOW_TIME_LIMIT.toMillis());
                // a failed build rather than an archive that silently lacks the window's start
                System.err.println("The window did not walk through its screens in " + WINDOW_TIME_LIMIT + "; the training failed.");
                System.exit(2);
            } catch (InterruptedException ended) {
                Thread.currentThread().interrupt();
            }
        }, "training-time-limit");
        timeLimit.setDaemon(true);
        timeLimit.start();
        System.setProperty(StartupProbe.ENABLED, "true");
        App.launchGui(new String[] {"--journal", scratch.resolve("training.refleksionsbog").toString()},
                (window, context) -> new ScreenTour(window, context, () -> {
                    System.out.println("Walked through the screens.");
                    System.exit(0);
                }).start());
    }

    /**
     * Runs the everyday commands (demo, list, search, export, import into a second journal, the
     * summary PDF of a loop) on new journals in the folder; returns their exit codes.
     */
    static List<Integer> exerciseCommandLine(Path folder) {
        Clock clock = Clock.systemDefaultZone();
        Path journal = folder.resolve("training.refleksionsbog");
        Path exported = folder.resolve("training.refleksion");
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        CliContext training = context(journal, clock);
        List<Integer> exitCodes = new ArrayList<>();
        for (String[] command : List.of(
                new String[] {"demo"},
                new String[] {"list"},
                new String[] {"search", "møde"},
                new String[] {"export", "--out", exported.toString()})) {
            exitCodes.add(Cli.run(training, quiet, quiet, command));
        }
        exitCodes.add(Cli.run(context(folder.resolve("imported.refleksionsbog"), clock), quiet, quiet,
                "import", exported.toString()));
        exitCodes.add(Cli.run(training, quiet, quiet,
                "summary", "--loop", firstLoop(journal, clock).toString(),
                "--pdf", folder.resolve("training.pdf").toString()));
        return exitCodes;
    }

    private static CliContext context(Path journal, Clock clock) {
        return new CliContext(file -> SqliteJournalStore.open(file, clock), journal, clock,
                new EnvironmentOrConsolePassphrase(Map.of(), null));
    }

    private static UUID firstLoop(Path journal, Clock clock) {
        try (JournalStore store = SqliteJournalStore.open(journal, clock)) {
            UUID challenge = store.challenges().list().get(0).id();
            return store.loops().listByChallenge(challenge).get(0).id();
        }
    }

    /** Loads every start-path class listed in the jar; a class that cannot be loaded is counted and skipped. */
    public Result loadStartPathClasses(Path jarPath) throws IOException {
        int loaded = 0;
        int unloadable = 0;
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entryName = entries.nextElement().getName();
                if (!isStartPathClass(entryName)) {
                    continue;
                }
                try {
                    Class.forName(binaryName(entryName), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError notLoadableHere) {
                    // e.g. another OS's graphics backend whose libraries are not on this class path
                    unloadable++;
                }
            }
        }
        return new Result(loaded, unloadable);
    }

    static boolean isStartPathClass(String entryName) {
        return entryName.endsWith(".class")
                && !entryName.endsWith("module-info.class")
                && !entryName.endsWith("package-info.class")
                && START_PATH_PACKAGES.stream().anyMatch(entryName::startsWith);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String binaryName(String entryName) {
        return entryName.substring(0, entryName.length() - ".class".length()).replace('/', '.');
    }

    /** How many classes were loaded, and how many were listed but could not be loaded. */
    public record Result(int loaded, int unloadable) {}
}
