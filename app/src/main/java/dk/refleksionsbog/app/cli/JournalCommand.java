package dk.refleksionsbog.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** A subcommand that works on the journal file chosen by {@code --journal}. */
abstract class JournalCommand implements Callable<Integer> {
    private RootCommand root;
    private CommandSpec spec;

    /** The command's name, help, options and parameters ({@link CommandModel}); made once, by {@link #model}. */
    protected abstract CommandSpec describe();

    /** The model picocli runs this command with, under the root command's options. */
    final CommandSpec model(RootCommand parent) {
        root = parent;
        spec = describe();
        return spec;
    }

    /** The value the command line gave the option, or its default. */
    protected final <T> T option(String name) {
        return spec.findOption(name).getValue();
    }

    /** The value of the command's parameter (the words after the options). */
    protected final <T> T parameter() {
        return spec.positionalParameters().get(0).getValue();
    }

    /** The journal given after the command's name, else before it, else the user's own. */
    protected Path journal() {
        Path givenHere = option(RootCommand.JOURNAL);
        return givenHere != null ? givenHere : root.journal();
    }

    /** The journal file, which must exist: reading commands never create an empty journal by mistake. */
    protected Path existingJournal() {
        Path journal = journal();
        if (!Files.exists(journal)) {
            throw new BadInputException("There is no journal at " + journal);
        }
        if (isEmpty(journal)) {
            throw new BadInputException(journal + " is empty; it is not a journal");
        }
        return journal;
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    protected CliContext context() {
        return root.context();
    }

    protected CommandSpec spec() {
        return spec;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
