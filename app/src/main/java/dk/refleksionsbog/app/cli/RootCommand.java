package dk.refleksionsbog.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/** {@code refleksionsbog} itself: the options every command shares, and the help that lists the commands. */
final class RootCommand implements Runnable {
    static final String JOURNAL = "--journal";

    private final CliContext context;
    private final CommandSpec spec;

    RootCommand(CliContext context) {
        this.context = context;
        this.spec = CommandModel.command(this, "refleksionsbog",
                "Refleksionsbog: a local-first journal for action-learning loops.",
                "Without a command the desktop app opens.");
        // Every subcommand answers --help and --version, and takes --journal, too (ScopeType.INHERIT),
        // as the usage error messages promise; it also lists the exit codes.
        spec.scopeType(ScopeType.INHERIT);
        spec.versionProvider(new Cli.VersionProvider());
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "success");
        exitCodes.put("1", "the command failed (for example the journal could not be written)");
        exitCodes.put("2", "bad input or usage");
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).scopeType(ScopeType.INHERIT)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).scopeType(ScopeType.INHERIT)
                .description("Print version information and exit.").build());
        spec.addOption(CommandModel.option(JOURNAL, Path.class, "FILE",
                        "The journal file (default: your own journal in the app-data folder).")
                .scopeType(ScopeType.INHERIT).build());
    }

    CommandSpec model() {
        return spec;
    }

    /** The journal given before the command's name, or the user's own. */
    Path journal() {
        Path journal = spec.findOption(JOURNAL).getValue();
        return journal != null ? journal : context.defaultJournal();
    }

    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
