package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.exchange.ImportRejectedException;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.JournalLocation;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteNativeLibrary;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;

/**
 * The headless command line. Exit codes: 0 success, 2 bad input or usage, 1 any other failure;
 * every failure is one line on stderr, never a stack trace.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final String NAME = "refleksionsbog";

    private Cli() {}

    /**
     * Runs a command line typed in a terminal or a script: the user's own journal by default, the
     * system clock, passphrases from {@value EnvironmentOrConsolePassphrase#VARIABLE} or the terminal.
     */
    public static int runInTerminal(String... args) {
        Clock clock = Clock.systemDefaultZone();
        CliContext context = new CliContext(journal -> {
            SqliteNativeLibrary.useCacheIn(JournalLocation.cacheFolder());
            return SqliteJournalStore.open(journal, clock);
        },
                JournalLocation.defaultJournal(), clock,
                new EnvironmentOrConsolePassphrase(System.getenv(), System.console()));
        Charset console = consoleCharset();
        return run(context, new PrintWriter(System.out, true, console), new PrintWriter(System.err, true, console),
                args);
    }

    /** Runs one command line and returns its exit code. */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(context);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** The names of the subcommands, so a launcher can tell a command from a file given to the app. */
    public static Set<String> commandNames() {
        // The context is only used when a command runs, never while the model is built.
        return Set.copyOf(commandLine(null).getSubcommands().keySet());
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new RootCommand(context))
                .addSubcommand(new ListCommand())
                .addSubcommand(new NoteCommand())
                .addSubcommand(new CommentCommand())
                .addSubcommand(new SearchCommand())
                .addSubcommand(new ExportCommand())
                .addSubcommand(new ImportCommand())
                .addSubcommand(new SummaryCommand())
                .addSubcommand(new IcsCommand())
                .addSubcommand(new CheckCommand())
                .addSubcommand(new BackupCommand())
                .addSubcommand(new DemoCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(UUID.class, Cli::id);
        commandLine.setParameterExceptionHandler((problem, args) -> {
            problem.getCommandLine().getErr().println(NAME + ": " + oneLine(problem.getMessage())
                    + " (see '" + problem.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parseResult) -> {
            PrintWriter err = failedCommand.getErr();
            if (isBadInput(failure)) {
                err.println(NAME + ": " + oneLine(failure.getMessage()));
                return BAD_INPUT;
            }
            if (failure instanceof StorageException) {
                err.println(NAME + ": " + oneLine(failure.getMessage()));
                return FAILED;
            }
            err.println(NAME + ": the command failed: " + oneLine(String.valueOf(failure.getMessage())));
            return FAILED;
        });
        return commandLine;
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an id; ids look like "
                    + "3f2b9c1e-5d7a-4e8b-9c0d-1a2b3c4d5e6f (see 'refleksionsbog list')");
        }
    }

    private static boolean isBadInput(Exception failure) {
        return failure instanceof BadInputException
                || failure instanceof ImportRejectedException
                || failure instanceof DomainRuleViolation
                || failure instanceof NoSuchElementException;
    }

    private static Charset consoleCharset() {
        String encoding = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        try {
            return encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return Charset.defaultCharset();
        }
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The version the jar was built as, from its manifest. */
    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {NAME + " " + (version == null ? "(development build)" : version)};
        }
    }
}
