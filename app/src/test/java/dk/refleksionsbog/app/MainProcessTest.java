package dk.refleksionsbog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a script sees it: a separate JVM, exit codes, stdout and stderr kept apart. */
class MainProcessTest {
    @TempDir
    Path folder;

    record Result(int exitCode, String out, String err) {}

    private Result main(String... args) throws IOException, InterruptedException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(javaBin.toString(), "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(folder.resolve("in-" + System.nanoTime())).toFile()))
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command finishes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a command runs headless in its own JVM and reports through its exit code")
    void commandLineInItsOwnProcess() throws Exception {
        String journal = folder.resolve("journal.refleksionsbog").toString();

        Result demo = main("--journal", journal, "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();

        Result note = main("--journal", journal, "note", "--kind", "star", "Æblerne på mødet, ø og å");
        assertThat(note.exitCode()).as(note.err()).isZero();
        assertThat(note.out().strip()).matches("[0-9a-f-]{36}");
        assertThat(note.err()).isEmpty();

        Result search = main("--journal", journal, "search", "Æblerne");
        assertThat(search.exitCode()).isZero();
        assertThat(search.out()).contains(note.out().strip(), "[Æblerne]");

        Result bad = main("--journal", journal, "note", "--kind", "poem", "x");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().strip().lines()).hasSize(1);

        Path notes = Files.writeString(folder.resolve("notes.txt"), "Ikke en dagbog. ".repeat(20));
        Result notAJournal = main("--journal", notes.toString(), "list");
        assertThat(notAJournal.exitCode()).isEqualTo(1);
        assertThat(notAJournal.err()).contains("not a Refleksionsbog journal").doesNotContain("\tat ");
    }
}
