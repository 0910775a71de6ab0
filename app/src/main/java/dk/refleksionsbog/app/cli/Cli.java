package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.exchange.ImportRejectedException;
import dk.refleksionsbog.core.storage.JournalLocation;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteNativeLibrary;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
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

    /**
     * The commands, in the order --help lists them, each made only when it is needed: building a
     * command's model is a noticeable part of a short command's start (docs/benchmarks.md, the
     * Joplin peer). The names are the ones the commands' models give (CliTest holds them together).
     */
    private static final List<Map.Entry<String, Supplier<JournalCommand>>> COMMANDS = List.of(
            Map.entry("list", ListCommand::new),
            Map.entry("note", NoteCommand::new),
            Map.entry("comment", CommentCommand::new),
            Map.entry("search", SearchCommand::new),
            Map.entry("export", ExportCommand::new),
            Map.entry("import", ImportCommand::new),
            Map.entry("summary", SummaryCommand::new),
            Map.entry("ics", IcsCommand::new),
            Map.entry("check", CheckCommand::new),
            Map.entry("backup", BackupCommand::new),
            Map.entry("demo", DemoCommand::new));

    private static final Set<String> COMMAND_NAMES =
            COMMANDS.stream().map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());

    private Cli() {}

    /**
     * Runs a command line typed in a terminal or a script: the user's own journal by default, the
     * system clock, passphrases from {@value EnvironmentOrConsolePassphrase#VARIABLE} or the terminal.
     */
    public static int runInTerminal(String... args) {
        Clock clock = new SystemClock();
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
        CommandLine commandLine = commandLine(context, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** The names of the subcommands, so a launcher can tell a command from a file given to the app. */
    public static Set<String> commandNames() {
        return COMMAND_NAMES;
    }

    /**
     * The command line for these arguments: with only the command they name, or with every
     * command when they name none (--help, --version, a mistyped command: picocli's answers
     * list or suggest the commands).
     */
    static CommandLine commandLine(CliContext context, String... arguments) {
        Optional<String> named = namedCommand(arguments);
        RootCommand root = new RootCommand(context);
        CommandLine commandLine = new CommandLine(root.model());
        for (Map.Entry<String, Supplier<JournalCommand>> command : COMMANDS) {
            if (named.isEmpty() || named.get().equals(command.getKey())) {
                commandLine.addSubcommand(command.getKey(), new CommandLine(command.getValue().get().model(root)));
            }
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Named classes, not lambdas, for picocli's interfaces: picocli is compiled for Java 5, and
        // a lambda made for one of its interfaces when the class-data archive is dumped makes the
        // archive leave that interface out, and with it every picocli class that implements it
        // (34 classes read from the jar again at every command; docs/benchmarks.md).
        commandLine.registerConverter(UUID.class, new IdConverter());
        commandLine.setParameterExceptionHandler(new UsageProblem());
        commandLine.setExecutionExceptionHandler(new CommandFailure());
        return commandLine;
    }

    /** The command the arguments name: the first one that is not an option of the root or its value. */
    private static Optional<String> namedCommand(String... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            if (argument.equals("--journal")) {
                i++;
            } else if (argument.equals("--")) {
                return Optional.empty();
            } else if (!argument.startsWith("-")) {
                return commandNames().contains(argument) ? Optional.of(argument) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** An id on the command line, with an example of one when it is not. */
    static final class IdConverter implements ITypeConverter<UUID> {
        @Override
        public UUID convert(String value) {
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException notAnId) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an id; ids look like "
                        + "3f2b9c1e-5d7a-4e8b-9c0d-1a2b3c4d5e6f (see 'refleksionsbog list')");
            }
        }
    }

    /** A usage mistake: one line naming the problem and where the help is. */
    static final class UsageProblem implements IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException problem, String[] args) {
            problem.getCommandLine().getErr().println(NAME + ": " + oneLine(problem.getMessage())
                    + " (see '" + problem.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        }
    }

    /** A failed command: one line, never a stack trace; bad input and storage failures told apart by exit code. */
    static final class CommandFailure implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception failure, CommandLine failedCommand,
                CommandLine.ParseResult parseResult) {
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
