package dk.refleksionsbog.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that works on the journal file chosen by {@code --journal}. */
abstract class JournalCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    protected Path journal() {
        return root.journal();
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
