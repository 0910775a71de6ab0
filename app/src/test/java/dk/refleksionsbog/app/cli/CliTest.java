package dk.refleksionsbog.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every subcommand end to end on temporary journals, in-process, with the exit codes a script sees. */
class CliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final String PASSPHRASE = "en lang nok passphrase";
    private static final UUID LOOP_1 = ExampleJournal.id("loop.meetings.1");
    private static final UUID LOOP_2 = ExampleJournal.id("loop.meetings.2");
    private static final UUID NETWORK_MEETING = ExampleJournal.id("meeting.network");

    @TempDir
    Path folder;

    private Path journal;
    private final List<String> passphrasePrompts = new ArrayList<>();

    record Run(int exitCode, String out, String err) {}

    @BeforeEach
    void paths() {
        journal = folder.resolve("journal.refleksionsbog");
    }

    private Run run(String... args) {
        CliContext context = new CliContext(file -> SqliteJournalStore.open(file, CLOCK),
                folder.resolve("default").resolve("journal.refleksionsbog"), CLOCK,
                (prompt, confirm) -> {
                    passphrasePrompts.add(prompt);
                    return PASSPHRASE.toCharArray();
                });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Cli.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Run runOn(Path journalFile, String... args) {
        List<String> all = new ArrayList<>(List.of("--journal", journalFile.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private Run demo() {
        Run demo = runOn(journal, "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        return demo;
    }

    private static void assertBadInput(Run run, String expected) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains(expected).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    @DisplayName("--version and --help succeed")
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("refleksionsbog ");
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("note", "comment", "search", "export", "import", "ics", "demo");
    }

    @Test
    @DisplayName("the command list in --help gives every command a whole sentence, never a cut one")
    void commandSummariesAreWholeSentences() {
        List<String> lines = run("--help").out().lines().toList();
        List<String> summaries = new ArrayList<>();
        for (String line : lines.subList(lines.indexOf("Commands:") + 1, lines.size())) {
            if (line.isBlank()) {
                break;
            }
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                summaries.add(line.strip());
            } else {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            }
        }
        assertThat(summaries).hasSameSizeAs(Cli.commandNames());
        assertThat(summaries).allSatisfy(summary -> assertThat(summary).matches("[a-z]+ +[A-Z].*[\\p{L})]\\."));
    }

    @Test
    @DisplayName("every command prints its own help with --help, as the usage errors suggest")
    void helpOfEveryCommand() {
        for (String command : Cli.commandNames()) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command + ": " + help.err()).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: refleksionsbog " + command);
        }
    }

    @Test
    @DisplayName("every command is registered under the name its model gives it")
    void commandNamesMatchTheirModels() {
        picocli.CommandLine everyCommand = Cli.commandLine(null, "--help");
        assertThat(everyCommand.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(Cli.commandNames());
        everyCommand.getSubcommands().forEach((name, command) -> assertThat(
                ((JournalCommand) command.getCommand()).describe().name()).isEqualTo(name));
    }

    @Test
    @DisplayName("picocli gets named classes, not lambdas, for its interfaces (which would keep picocli's classes out of the class-data archive)")
    void picocliGetsNamedClasses() {
        picocli.CommandLine commandLine = Cli.commandLine(null, "list");

        assertThat(commandLine.getParameterExceptionHandler().getClass().isHidden()).isFalse();
        assertThat(commandLine.getExecutionExceptionHandler().getClass().isHidden()).isFalse();
        assertThat(commandLine.getParameterExceptionHandler()).isInstanceOf(Cli.UsageProblem.class);
        assertThat(commandLine.getExecutionExceptionHandler()).isInstanceOf(Cli.CommandFailure.class);
    }

    @Test
    @DisplayName("a command line that names its command gets only that command; one that names none gets all")
    void onlyTheNamedCommandIsBuilt() {
        assertThat(Cli.commandLine(null, "--journal", "list", "search", "list").getSubcommands().keySet())
                .containsExactly("search");
        assertThat(Cli.commandLine(null, "--journal=x", "export", "--help").getSubcommands().keySet())
                .containsExactly("export");
        assertThat(Cli.commandLine(null, "--version").getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(Cli.commandNames());
        assertThat(Cli.commandLine(null, "lsit").getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(Cli.commandNames());
    }

    @Test
    @DisplayName("usage mistakes exit 2 with one line on stderr")
    void usageErrors() {
        assertBadInput(run("frobnicate"), "Unmatched argument");
        assertBadInput(runOn(journal, "note"), "TEXT");
        assertBadInput(runOn(journal, "note", "--kind", "poem", "tekst"), "'poem' is not one of note, observation, star, insight");
        assertBadInput(runOn(journal, "note", "--loop", "not-a-uuid", "tekst"), "--loop");
        assertBadInput(runOn(journal, "export", "--loop", LOOP_1.toString(), "--challenge", UUID.randomUUID().toString(),
                "--out", "x.json"), "mutually exclusive");
    }

    @Test
    @DisplayName("commands that read a journal refuse a journal that does not exist, without creating it")
    void missingJournal() throws Exception {
        assertBadInput(runOn(journal, "list"), "There is no journal at");
        assertThat(journal).doesNotExist();
        Path empty = folder.resolve("empty.refleksionsbog");
        Files.createFile(empty);
        assertBadInput(runOn(empty, "search", "x"), "is empty");
        assertThat(empty).isEmptyFile();
    }

    @Nested
    @DisplayName("demo")
    class Demo {
        @Test
        @DisplayName("writes the example journal, and refuses a journal that has content")
        void examplejournal() {
            assertThat(demo().out()).contains("example journal");
            assertBadInput(runOn(journal, "demo"), "already has content");
        }

        @Test
        @DisplayName("--entries N writes a large journal with exactly N entries")
        void largeJournal() throws Exception {
            Path large = folder.resolve("large.refleksionsbog");
            Run run = runOn(large, "demo", "--entries", "600");
            assertThat(run.exitCode()).as(run.err()).isZero();
            try (JournalStore store = SqliteJournalStore.open(large, CLOCK)) {
                assertThat(store.entries().count()).isEqualTo(600);
                assertThat(store.challenges().list()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(store.meetings().list()).isNotEmpty();
            }
            assertBadInput(runOn(folder.resolve("other.refleksionsbog"), "demo", "--entries", "0"), "--entries");
        }
    }

    @Nested
    @DisplayName("list")
    class ListTest {
        @Test
        @DisplayName("shows challenges, loops and meetings with their ids, as text and as JSON")
        void list() throws Exception {
            demo();
            Run text = runOn(journal, "list");
            assertThat(text.exitCode()).isZero();
            assertThat(text.out()).contains("Mødekultur i ledergruppen", LOOP_1.toString(), "loop 2",
                    NETWORK_MEETING.toString());

            Run optionAfterCommand = run("list", "--journal", journal.toString());
            assertThat(optionAfterCommand.out()).isEqualTo(text.out());

            Run json = runOn(journal, "list", "--json");
            assertThat(json.exitCode()).isZero();
            JsonNode tree = new ObjectMapper().readTree(json.out());
            assertThat(tree.get("challenges")).hasSize(2);
            assertThat(tree.get("challenges").get(0).get("loops").get(0).get("id").asText()).isEqualTo(LOOP_1.toString());
            assertThat(tree.get("meetings")).hasSize(3);
        }
    }

    @Nested
    @DisplayName("note")
    class Note {
        @Test
        @DisplayName("adds a dated entry, linked to a loop's current phase when asked, and prints its id")
        void note() {
            demo();
            Run free = runOn(journal, "note", "Kort", "tanke", "efter", "mødet");
            Run linked = runOn(journal, "note", "--loop", LOOP_2.toString(), "--kind", "star", "Alle sagde noget i dag!");
            assertThat(free.exitCode()).as(free.err()).isZero();
            assertThat(linked.exitCode()).as(linked.err()).isZero();

            try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
                Entry freeEntry = store.entries().find(UUID.fromString(free.out().strip())).orElseThrow();
                assertThat(freeEntry.text()).isEqualTo("Kort tanke efter mødet");
                assertThat(freeEntry.kind()).isEqualTo(EntryKind.NOTE);
                assertThat(freeEntry.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 23));
                Entry linkedEntry = store.entries().find(UUID.fromString(linked.out().strip())).orElseThrow();
                assertThat(linkedEntry.kind()).isEqualTo(EntryKind.STAR_MOMENT);
                assertThat(linkedEntry.loopId()).isEqualTo(LOOP_2);
                assertThat(linkedEntry.challengeId()).isEqualTo(ExampleJournal.id("challenge.meetings"));
                assertThat(linkedEntry.phase()).isEqualTo(Phase.ACTION);
            }
        }

        @Test
        @DisplayName("creates the journal when it does not exist yet, and refuses an unknown loop")
        void newJournalAndUnknownLoop() {
            Run first = runOn(journal, "note", "--kind", "insight", "Den første tanke");
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(journal).exists();
            assertBadInput(runOn(journal, "note", "--loop", UUID.randomUUID().toString(), "tekst"), "There is no loop");
        }
    }

    @Nested
    @DisplayName("comment")
    class Comment {
        @Test
        @DisplayName("adds a sparring comment to a loop's answer or entry, and refuses other targets")
        void comment() {
            demo();
            UUID answerId = answerId(LOOP_1, "trialAction.baseline");
            Run onAnswer = runOn(journal, "comment", "--on", answerId.toString(), "--author", "Bo Nielsen",
                    "Hvordan", "tæller", "du?");
            assertThat(onAnswer.exitCode()).as(onAnswer.err()).isZero();
            try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
                assertThat(store.comments().find(UUID.fromString(onAnswer.out().strip())).orElseThrow())
                        .satisfies(comment -> {
                            assertThat(comment.author()).isEqualTo("Bo Nielsen");
                            assertThat(comment.text()).isEqualTo("Hvordan tæller du?");
                            assertThat(comment.loopId()).isEqualTo(LOOP_1);
                        });
            }
            Run onEntry = runOn(journal, "comment", "--on", ExampleJournal.id("entry.3").toString(), "--author", "Bo",
                    "Flot");
            assertThat(onEntry.exitCode()).as(onEntry.err()).isZero();
            assertBadInput(runOn(journal, "comment", "--on", ExampleJournal.id("entry.8").toString(), "--author", "Bo",
                    "x"), "not part of a loop");
            assertBadInput(runOn(journal, "comment", "--on", UUID.randomUUID().toString(), "--author", "Bo", "x"),
                    "no answer or entry");
            assertBadInput(runOn(journal, "comment", "--on", answerId.toString(), "--author", " ", "x"), "author");
        }
    }

    @Nested
    @DisplayName("search")
    class Search {
        @Test
        @DisplayName("prints hits with id, kind, location and snippet, as text and JSON; any query is safe")
        void search() throws Exception {
            demo();
            Run text = runOn(journal, "search", "vagtplanen");
            assertThat(text.exitCode()).as(text.err()).isZero();
            assertThat(text.out()).contains("[vagtplanen]", "ENTRY", ExampleJournal.id("entry.2").toString());

            Run json = runOn(journal, "search", "--json", "--limit", "2", "stjernestund*");
            assertThat(json.exitCode()).as(json.err()).isZero();
            JsonNode hits = new ObjectMapper().readTree(json.out());
            assertThat(hits.size()).isBetween(1, 2);
            assertThat(hits.get(0).get("kind").asText()).isNotBlank();
            assertThat(hits.get(0).get("location").asText()).isNotBlank();

            for (String hostile : List.of("\"", "*", "(", "NEAR", "-", ":", "a OR", "\"uafsluttet")) {
                assertThat(runOn(journal, "search", hostile).exitCode()).as(hostile).isZero();
            }
            assertBadInput(runOn(journal, "search", "--limit", "0", "x"), "--limit");
        }
    }

    @Nested
    @DisplayName("export and import")
    class ExportImport {
        @Test
        @DisplayName("the sparring round trip through the command line, with encryption")
        void sparringRoundTrip() throws Exception {
            demo();
            Path loopFile = folder.resolve("loop.refleksion");
            Run export = runOn(journal, "export", "--loop", LOOP_1.toString(), "--encrypt", "--out", loopFile.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(export.out()).contains("loop", "(encrypted)");
            assertThat(Files.readAllBytes(loopFile)).startsWith("RFBENC".getBytes(StandardCharsets.US_ASCII));

            Path partner = folder.resolve("partner.refleksionsbog");
            assertBadInput(runOn(partner, "import", loopFile.toString()), "--decrypt");
            Run imported = runOn(partner, "import", "--decrypt", loopFile.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("shared with you by " + ExampleJournal.OWNER_NAME);
            assertThat(runOn(partner, "list").out()).contains("[shared by " + ExampleJournal.OWNER_NAME + "]");
            assertBadInput(runOn(partner, "note", "--loop", LOOP_1.toString(), "min note"), "read-only");

            UUID answerId = answerId(LOOP_1, "trialAction.baseline");
            assertThat(runOn(partner, "comment", "--on", answerId.toString(), "--author", "Bo", "Godt mål").exitCode())
                    .isZero();
            Path commentsFile = folder.resolve("comments.json");
            Run back = runOn(partner, "export", "--loop", LOOP_1.toString(), "--out", commentsFile.toString());
            assertThat(back.exitCode()).as(back.err()).isZero();
            assertThat(back.out()).contains("Exported comments");

            Run received = runOn(journal, "import", commentsFile.toString());
            assertThat(received.exitCode()).as(received.err()).isZero();
            assertThat(received.out()).contains("1 added (1 comments)");
            Run again = runOn(journal, "import", commentsFile.toString());
            assertThat(again.out()).contains("0 added");
            assertThat(passphrasePrompts).hasSize(2);
        }

        @Test
        @DisplayName("challenge and whole-journal exports; a bad file is refused with exit 2 and changes nothing")
        void exportsAndRejectedImport() throws Exception {
            demo();
            Path challengeFile = folder.resolve("challenge.json");
            Path journalFile = folder.resolve("all.json");
            assertThat(runOn(journal, "export", "--challenge", ExampleJournal.id("challenge.citizens").toString(),
                    "--out", challengeFile.toString()).exitCode()).isZero();
            assertThat(runOn(journal, "export", "--out", journalFile.toString()).exitCode()).isZero();
            JsonNode whole = new ObjectMapper().readTree(journalFile.toFile());
            assertThat(whole.get("scope").asText()).isEqualTo("journal");
            assertThat(new ObjectMapper().readTree(challengeFile.toFile()).get("loops")).hasSize(1);

            Path bad = folder.resolve("bad.json");
            Files.writeString(bad, Files.readString(journalFile).replace("\"ratingBefore\": 4", "\"ratingBefore\": 6"));
            assertThat(Files.readString(bad)).contains("\"ratingBefore\": 6");
            byte[] before = Files.readAllBytes(journalFile);
            assertBadInput(runOn(journal, "import", bad.toString()), "ratingBefore");
            assertThat(runOn(journal, "export", "--out", journalFile.toString()).exitCode()).isZero();
            assertThat(withoutExportTime(Files.readAllBytes(journalFile))).isEqualTo(withoutExportTime(before));
            assertBadInput(runOn(journal, "import", folder.resolve("missing.json").toString()), "There is no file");
            assertBadInput(runOn(journal, "export", "--loop", UUID.randomUUID().toString(), "--out", "x.json"),
                    "There is no loop");
        }
    }

    @Nested
    @DisplayName("ics")
    class Ics {
        @Test
        @DisplayName("saves a meeting and a loop's first reflection meeting as calendar files")
        void ics() throws Exception {
            demo();
            Path meeting = folder.resolve("netvaerk.ics");
            Run run = runOn(journal, "ics", "--meeting", NETWORK_MEETING.toString(), "--out", meeting.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            String ics = Files.readString(meeting);
            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "DTSTART:20261203T120000Z",
                    "LOCATION:Rådhuset\\, mødelokale 3");

            Path first = folder.resolve("first.ics");
            assertThat(runOn(journal, "ics", "--loop", LOOP_2.toString(), "--out", first.toString()).exitCode()).isZero();
            assertThat(Files.readString(first)).contains("DTSTART;VALUE=DATE:20261203");
            assertBadInput(runOn(journal, "ics", "--meeting", UUID.randomUUID().toString(), "--out", "x.ics"),
                    "There is no meeting");
        }
    }

    @Nested
    @DisplayName("summary")
    class Summary {
        @Test
        @DisplayName("saves a loop, or a whole challenge, as a PDF with the loop's text")
        void summary() throws Exception {
            demo();
            Path loopPdf = folder.resolve("loop.pdf");
            Run loop = runOn(journal, "summary", "--loop", LOOP_1.toString(), "--pdf", loopPdf.toString());
            assertThat(loop.exitCode()).as(loop.err()).isZero();
            try (PDDocument pdf = Loader.loadPDF(loopPdf.toFile())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("Mødekultur i ledergruppen");
            }
            Path challengePdf = folder.resolve("challenge.pdf");
            Run challenge = runOn(journal, "summary", "--challenge", ExampleJournal.id("challenge.meetings").toString(),
                    "--pdf", challengePdf.toString());
            assertThat(challenge.exitCode()).as(challenge.err()).isZero();
            assertThat(challenge.out()).contains("2 loops");
            assertBadInput(runOn(journal, "summary", "--loop", UUID.randomUUID().toString(), "--pdf", "x.pdf"),
                    "There is no loop");
            assertBadInput(runOn(journal, "summary", "--pdf", "x.pdf"), "--loop");
        }
    }

    @Nested
    @DisplayName("check and backup")
    class CheckAndBackup {
        @Test
        @DisplayName("a sound journal checks ok; its verified backup is a sound journal with the same content")
        void soundJournalAndBackup() throws Exception {
            demo();
            Run check = runOn(journal, "check");
            assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
            assertThat(check.out()).contains("Integrity: ok", "Schema version: 1");

            Path backup = folder.resolve("backup.refleksionsbog");
            Run run = runOn(journal, "backup", "--out", backup.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(runOn(backup, "check").exitCode()).isZero();
            assertThat(runOn(backup, "list").out()).isEqualTo(runOn(journal, "list").out());
            assertBadInput(runOn(journal, "backup", "--out", backup.toString()), "already exists");
        }

        @Test
        @DisplayName("a file that is not a journal, and a damaged journal, fail the check with exit 1")
        void unsoundFiles() throws Exception {
            Path notAJournal = folder.resolve("notes.txt");
            Files.writeString(notAJournal, "Dette er ikke en dagbog. ".repeat(20));
            Run random = runOn(notAJournal, "check");
            assertThat(random.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(random.out()).contains("not a Refleksionsbog journal");

            demo();
            byte[] bytes = Files.readAllBytes(journal);
            assertThat(bytes.length).isGreaterThan(20_000);
            for (int i = 8192; i < bytes.length - 4096; i += 4096) {
                java.util.Arrays.fill(bytes, i + 100, i + 400, (byte) 0x5A);
            }
            Path damaged = folder.resolve("damaged.refleksionsbog");
            Files.write(damaged, bytes);
            Run check = runOn(damaged, "check");
            assertThat(check.exitCode()).as(check.out()).isEqualTo(Cli.FAILED);
            assertThat(check.err().strip().lines()).hasSize(1);
        }
    }

    private UUID answerId(UUID loopId, String key) {
        try (JournalStore store = SqliteJournalStore.open(journal, CLOCK)) {
            return store.answers().find(loopId, key).orElseThrow().id();
        }
    }

    private static String withoutExportTime(byte[] export) {
        return new String(export, StandardCharsets.UTF_8).replaceAll("\"exportedAt\": \"[^\"]*\"", "");
    }
}
