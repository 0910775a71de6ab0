package dk.refleksionsbog.app.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import dk.refleksionsbog.app.AppContext;
import dk.refleksionsbog.app.cli.Cli;
import dk.refleksionsbog.app.cli.CliContext;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.settings.SettingsFile;
import dk.refleksionsbog.app.settings.UiSettings;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file that is not a journal, handed to the app or to the command line: each kind is refused
 * with a one-line message that says what is wrong, and the file is left byte for byte as it was.
 */
class NotAJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void paths() {
        file = folder.resolve("dagbog.refleksionsbog");
    }

    interface Maker {
        void make(Path file) throws Exception;
    }

    static Stream<Arguments> notJournals() {
        return Stream.of(
                Arguments.of("random bytes", (Maker) file -> {
                    byte[] noise = new byte[20_000];
                    new Random(5).nextBytes(noise);
                    Files.write(file, noise);
                }, "is not a Refleksionsbog journal", StorageProblem.NOT_A_JOURNAL),
                Arguments.of("a text file", (Maker) file -> Files.writeString(file,
                        "Mine noter om æbler og møder\n".repeat(50), StandardCharsets.UTF_8), "is not a Refleksionsbog journal",
                        StorageProblem.NOT_A_JOURNAL),
                Arguments.of("an empty file", (Maker) Files::createFile, "is empty, so it is not a Refleksionsbog journal",
                        StorageProblem.NOT_A_JOURNAL),
                Arguments.of("another program's database", (Maker) NotAJournalTest::otherDatabase,
                        "database of another program", StorageProblem.NOT_A_JOURNAL),
                Arguments.of("a journal cut off inside its header", (Maker) file -> truncatedJournal(file, 60),
                        "is not a Refleksionsbog journal", StorageProblem.NOT_A_JOURNAL),
                Arguments.of("a journal cut off halfway", (Maker) file -> truncatedJournal(file, -1),
                        "cut short (truncated)", StorageProblem.TRUNCATED));
    }

    /** What the app says, in Danish (the default) and in English, for each kind of refusal. */
    private static String inDanish(StorageProblem problem) {
        return problem == StorageProblem.TRUNCATED ? "Journalfilen er beskadiget: en del af den mangler"
                : "Filen er ikke en journal fra Refleksionsbog";
    }

    private static String inEnglish(StorageProblem problem) {
        return problem == StorageProblem.TRUNCATED ? "The journal file is damaged: part of it is missing"
                : "The file is not a Refleksionsbog journal";
    }

    private static void otherDatabase(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            statement.executeUpdate("INSERT INTO notes (body) VALUES ('indkøbsliste')");
        }
    }

    /** A journal with many pages, cut to {@code length} bytes (-1: half its length). */
    private static void truncatedJournal(Path file, int length) throws IOException {
        Path whole = file.resolveSibling("whole.refleksionsbog");
        try (JournalStore store = SqliteJournalStore.open(whole, CLOCK)) {
            for (int i = 0; i < 30; i++) {
                store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE,
                        "Mødet med teamet om borgernes morgen. ".repeat(200), LocalDate.of(2026, 11, 23), CLOCK.instant()));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(file, Arrays.copyOf(bytes, length < 0 ? bytes.length / 2 : length));
    }

    record Run(int exitCode, String out, String err) {}

    private Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of("--journal", file.toString()));
        all.addAll(List.of(args));
        CliContext context = new CliContext(journal -> SqliteJournalStore.open(journal, CLOCK),
                folder.resolve("default.refleksionsbog"), CLOCK, (prompt, confirm) -> "ikke brugt".toCharArray());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(context, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJournals")
    void theCommandLineRefusesItWithOneLineAndLeavesItUnchanged(String kind, Maker maker, String message,
            StorageProblem problem) throws Exception {
        maker.make(file);
        byte[] before = Files.readAllBytes(file);

        for (String[] command : List.of(new String[] {"list"}, new String[] {"search", "møde"},
                new String[] {"note", "Ny tanke om mødet"})) {
            Run run = cli(command);
            assertThat(run.exitCode()).as(kind + " " + command[0] + ": " + run.err())
                    .isIn(Cli.FAILED, Cli.BAD_INPUT);
            assertThat(run.err()).as(command[0]).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.err().strip().lines()).as(command[0]).hasSize(1);
            assertThat(run.err()).as(command[0]).containsAnyOf(message, "is empty; it is not a journal");
            assertThat(Files.readAllBytes(file)).as(command[0] + " left the file unchanged").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJournals")
    void theAppRefusesItAtStartWithTheMessageItsDialogShows(String kind, Maker maker, String message,
            StorageProblem problem) throws Exception {
        maker.make(file);
        byte[] before = Files.readAllBytes(file);

        // App.opened finishes the opening like this; App.start shows what the opening describes in an error dialog.
        AppContext.Opening opening = AppContext.Opening.start(AppContext.Options.inFolder(folder, file), CLOCK);
        RuntimeException failure = catchRuntimeException(() -> opening.finish(new SameThreadExecutor()));

        assertThat(failure).isInstanceOf(StorageException.class)
                .hasMessageContaining(message)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("left unchanged");
        assertThat(((StorageException) failure).problem()).isEqualTo(problem);
        assertThat(opening.describe(failure)).startsWith(inDanish(problem)).contains("ikke ændret")
                .contains(file.getFileName().toString()).doesNotContain(message);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJournals")
    void theStartDialogIsInEnglishWhenEnglishIsChosen(String kind, Maker maker, String message, StorageProblem problem)
            throws Exception {
        maker.make(file);
        AppContext.Options options = AppContext.Options.inFolder(folder, file);
        new SettingsFile(options.settingsFile()).save(UiSettings.defaults().withLanguage("en"));

        AppContext.Opening opening = AppContext.Opening.start(options, CLOCK);
        RuntimeException failure = catchRuntimeException(() -> opening.finish(new SameThreadExecutor()));

        assertThat(opening.describe(failure)).startsWith(inEnglish(problem)).contains("left unchanged")
                .contains(file.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notJournals")
    void theAppRefusesToSwitchToItInDanishAndKeepsTheOpenJournal(String kind, Maker maker, String message,
            StorageProblem problem) throws Exception {
        maker.make(file);
        byte[] before = Files.readAllBytes(file);
        Path own = folder.resolve("egen.refleksionsbog");
        List<String> problems = new ArrayList<>();

        try (AppContext context = AppContext.open(AppContext.Options.inFolder(folder, own), CLOCK, new SameThreadExecutor())) {
            context.open(file, problems::add);

            assertThat(problems).singleElement().asString().startsWith(inDanish(problem)).contains("ikke ændret")
                    .contains(file.getFileName().toString());
            assertThat(context.newMainViewModel().journalPath()).isEqualTo(own.toRealPath());
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
