package dk.refleksionsbog.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(
        name = "refleksionsbog",
        mixinStandardHelpOptions = true,
        // No command has subcommand methods; turned off here and on every subcommand, picocli does not
        // read the annotations of every method looking for them at each start (CliTest holds them to it).
        addMethodSubcommands = false,
        // Every subcommand answers --help (and --version) too, as the usage error messages promise.
        scope = ScopeType.INHERIT,
        versionProvider = Cli.VersionProvider.class,
        description = {
            "Refleksionsbog: a local-first journal for action-learning loops.",
            "Without a command the desktop app opens."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the command failed (for example the journal could not be written)",
            "2:bad input or usage"})
final class RootCommand implements Runnable {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--journal", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The journal file (default: your own journal in the app-data folder).")
    private Path journal;

    RootCommand(CliContext context) {
        this.context = context;
    }

    Path journal() {
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
