package dk.refleksionsbog.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.Main;
import dk.refleksionsbog.core.example.ExampleJournal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a whole command-line session (demo journal, a note with a secret, search, list, export,
 * import, PDF summary, check, backup) as separate processes with networking switched off
 * ({@code unshare -n}) and every socket call traced ({@code strace}), with all logging at DEBUG
 * into a file. Where a tool is missing, only the test that needs it is skipped.
 */
class CliPrivacyTest {
    private static final String SECRET = "Fortroligt7q9z om medarbejderen Jensen";
    private static final String SECRET_WORD = "Fortroligt7q9z";
    private static final String TRACED_CALLS = "trace=connect,bind,listen,sendto,sendmsg,sendmmsg";
    private static final UUID LOOP = ExampleJournal.id("loop.meetings.1");

    @TempDir
    static Path folder;

    private static final List<Run> RUNS = new ArrayList<>();
    private static boolean networkDenied;
    private static boolean traced;
    private static Path log;
    private static String controlTrace;

    record Run(List<String> command, int exitCode, String out, String err, String trace) {}

    @BeforeAll
    static void runSession() throws Exception {
        networkDenied = works("unshare", "-n", "true");
        traced = works("strace", "-f", "-qq", "-o", "/dev/null", "true");
        if (traced) {
            controlTrace = traceOfConnectingProgram();
        }
        log = folder.resolve("debug.log");
        Path logConfig = folder.resolve("logback-debug.xml");
        Files.writeString(logConfig, """
                <configuration>
                  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
                    <file>%s</file>
                    <encoder><pattern>%%d %%-5level %%logger - %%msg%%n</pattern></encoder>
                  </appender>
                  <root level="DEBUG"><appender-ref ref="FILE"/></root>
                </configuration>
                """.formatted(log));
        String journal = folder.resolve("journal.refleksionsbog").toString();
        String other = folder.resolve("colleague.refleksionsbog").toString();
        String exported = folder.resolve("loop.json").toString();

        cli(logConfig, "--journal", journal, "demo");
        cli(logConfig, "--journal", journal, "note", "--loop", LOOP.toString(), SECRET);
        cli(logConfig, "--journal", journal, "search", SECRET_WORD);
        cli(logConfig, "--journal", journal, "list");
        cli(logConfig, "--journal", journal, "export", "--loop", LOOP.toString(), "--out", exported);
        cli(logConfig, "--journal", other, "import", exported);
        cli(logConfig, "--journal", other, "search", SECRET_WORD);
        cli(logConfig, "--journal", journal, "summary", "--loop", LOOP.toString(), "--pdf",
                folder.resolve("summary.pdf").toString());
        cli(logConfig, "--journal", journal, "check");
        cli(logConfig, "--journal", journal, "backup", "--out", folder.resolve("copy.refleksionsbog").toString());
    }

    @Test
    @DisplayName("every command succeeds with networking switched off, and none reports a connection problem")
    void commandsWorkWithoutNetwork() {
        Assumptions.assumeTrue(networkDenied, "unshare -n is not available here");

        assertThat(RUNS).allSatisfy(run -> {
            assertThat(run.exitCode()).as("%s: %s", run.command(), run.err()).isZero();
            assertThat(run.err()).as(run.command().toString())
                    .doesNotContainIgnoringCase("unreachable").doesNotContainIgnoringCase("UnknownHost")
                    .doesNotContainIgnoringCase("connect");
        });
        assertThat(RUNS.get(2).out()).as("the secret was really written and searched").contains(SECRET_WORD);
        assertThat(RUNS.get(6).out()).as("and really travelled through export and import").contains(SECRET_WORD);
    }

    @Test
    @DisplayName("no command even tries to connect, bind or send to an internet address (traced with strace)")
    void noInternetAddressIsContacted() {
        Assumptions.assumeTrue(traced, "strace is not available here");

        // The JDK creates (and never uses) an internet socket when it loads its I/O library, to learn
        // whether IPv6 exists; so the proof is about addresses contacted, not sockets created.
        assertThat(RUNS).allSatisfy(run -> assertThat(run.trace())
                .as("%s contacted an internet address", run.command())
                .doesNotContain("AF_INET"));
        assertThat(controlTrace).as("the same tracing does catch a program that tries to connect").contains("AF_INET");
    }

    @Test
    @DisplayName("neither the log (even at DEBUG) nor any error output carries journal text")
    void logsCarryNoJournalText() throws IOException {
        String logged = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";

        assertThat(logged).as("the session logged at DEBUG at all").isNotBlank();
        assertThat(logged).doesNotContain(SECRET_WORD).doesNotContain("Jensen");
        assertThat(RUNS).allSatisfy(run -> assertThat(run.err()).as(run.command().toString()).doesNotContain(SECRET_WORD));
        assertThat(RUNS.get(2).out()).as("the secret was in the journal to be leaked").contains(SECRET_WORD);
    }

    private static String traceOfConnectingProgram() throws IOException, InterruptedException {
        Path trace = folder.resolve("trace-control.txt");
        List<String> command = new ArrayList<>(networkDenied ? List.of("unshare", "-n") : List.of());
        command.addAll(List.of("strace", "-f", "-qq", "-e", TRACED_CALLS, "-o", trace.toString(),
                "bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9 || true"));
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
        return Files.readString(trace);
    }

    private static void cli(Path logConfig, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path trace = folder.resolve("trace-" + RUNS.size() + ".txt");
        if (networkDenied) {
            command.addAll(List.of("unshare", "-n"));
        }
        if (traced) {
            command.addAll(List.of("strace", "-f", "-qq", "-e", TRACED_CALLS, "-o", trace.toString()));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=" + logConfig,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        int exit = process.waitFor();
        RUNS.add(new Run(List.of(args), exit, Files.readString(out), Files.readString(err),
                traced ? Files.readString(trace) : null));
    }

    private static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
