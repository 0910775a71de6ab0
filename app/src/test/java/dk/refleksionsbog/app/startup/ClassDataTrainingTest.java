package dk.refleksionsbog.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTrainingTest {

    /** Set by the witness's static code: the flag lives out here, so reading it cannot initialise the witness. */
    private static volatile boolean witnessInitialised;

    static final class InitialisationWitness {
        static {
            witnessInitialised = true;
        }
    }

    @Test
    void loadsTheStartPathClassesOfTheJarWithoutRunningTheirStaticCode(@TempDir Path folder) throws IOException {
        Path jar = jarListing(folder,
                "dk/refleksionsbog/app/startup/ClassDataTrainingTest$InitialisationWitness.class",
                "dk/refleksionsbog/app/startup/ClassDataTraining.class",
                "org/assertj/core/api/Assertions.class",
                "META-INF/MANIFEST.MF");

        ClassDataTraining.Result result =
                new ClassDataTraining(getClass().getClassLoader()).loadStartPathClasses(jar);

        assertThat(result).isEqualTo(new ClassDataTraining.Result(2, 0));
        assertThat(witnessInitialised).isFalse();
    }

    @Test
    void countsAndSkipsListedClassesThatCannotBeLoadedHere(@TempDir Path folder) throws IOException {
        Path jar = jarListing(folder,
                "dk/refleksionsbog/app/startup/ClassDataTraining.class",
                "com/sun/prism/d3d/NotOnThisClassPath.class");

        ClassDataTraining.Result result =
                new ClassDataTraining(getClass().getClassLoader()).loadStartPathClasses(jar);

        assertThat(result).isEqualTo(new ClassDataTraining.Result(1, 1));
    }

    @Test
    void theWindowsTrainingListsWhatOnlyARealStartOfTheWindowAndTheFirstOpeningOfEachScreenMakeAndLeavesNoFiles(
            @TempDir Path folder) throws Exception {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "the window is trained for the Linux package only");
        Path classList = folder.resolve("app.classlist");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:DumpLoadedClassList=" + classList, "-Djava.awt.headless=true",
                "-Djavafx.cachedir=" + folder.resolve("javafx-cache"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.io.tmpdir=" + Files.createDirectory(folder.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"), ClassDataTraining.class.getName(), ClassDataTraining.WINDOW)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("training.log").toFile());
        // as the build runs it: the window's start stays out of the user's own app folders
        builder.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        Process training = builder.start();
        try {
            assertThat(training.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        } finally {
            training.destroyForcibly();
        }
        assertThat(training.exitValue()).isZero();
        assertThat(Files.readString(folder.resolve("training.log"))).contains("STARTUP firstFrameMs=");
        // A lambda of the main window is only made, and so listed, when the window really starts.
        List<String> listed = Files.readAllLines(classList);
        assertThat(listed).anyMatch(line -> line.startsWith("@lambda-proxy dk/refleksionsbog/app/main/MainView "));
        // Made only when a screen other than the first is opened: the search screen's and the
        // meetings' lambdas, a search hit's cell (its warm-up), the summary dialog's lambdas.
        assertThat(listed).anyMatch(line -> line.startsWith("@lambda-proxy dk/refleksionsbog/app/search/SearchView "))
                .anyMatch(line -> line.startsWith("@lambda-proxy dk/refleksionsbog/app/meeting/MeetingsView "))
                .contains("dk/refleksionsbog/app/search/HitCell")
                .anyMatch(line -> line.startsWith("@lambda-proxy dk/refleksionsbog/app/summary/SummaryView "));
        assertThat(Files.readString(folder.resolve("training.log"))).contains("Walked through the screens.");
        try (Stream<Path> left = Files.list(folder.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theCommandLineTrainingRunsEveryCommandSuccessfullyOnItsOwnJournal(@TempDir Path folder) {
        assertThat(ClassDataTraining.exerciseCommandLine(folder)).containsOnly(0).hasSize(6);
        assertThat(folder.resolve("training.refleksionsbog")).isRegularFile();
        assertThat(folder.resolve("training.refleksion")).isNotEmptyFile();
        assertThat(folder.resolve("imported.refleksionsbog")).isRegularFile();
        assertThat(folder.resolve("training.pdf")).isNotEmptyFile();
    }

    @Test
    void startPathClassesAreTheAppsJavaFxsAndTheUiLibrariesClassesOnly() {
        assertThat(ClassDataTraining.isStartPathClass("javafx/scene/control/Label.class")).isTrue();
        assertThat(ClassDataTraining.isStartPathClass("com/sun/javafx/css/StyleManager.class")).isTrue();
        assertThat(ClassDataTraining.isStartPathClass("dk/refleksionsbog/app/Main.class")).isTrue();
        assertThat(ClassDataTraining.isStartPathClass("org/apache/pdfbox/pdmodel/PDDocument.class")).isFalse();
        assertThat(ClassDataTraining.isStartPathClass("javafx/scene/control/skin/modena.css")).isFalse();
        assertThat(ClassDataTraining.isStartPathClass("javafx/base/module-info.class")).isFalse();
        assertThat(ClassDataTraining.isStartPathClass("META-INF/versions/9/javafx/Foo.class")).isFalse();
    }

    private static Path jarListing(Path folder, String... entryNames) throws IOException {
        Path jar = folder.resolve("listing.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String name : entryNames) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        return jar;
    }
}
