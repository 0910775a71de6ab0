package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.storage.JournalStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that works on the journal chosen by {@code --journal}. */
abstract class JournalCommand implements Callable<Integer> {
    @ParentCommand
    private RootCommand root;

    @Spec
    private CommandSpec spec;

    /** Whether the command may create the journal file when it does not exist yet. */
    protected boolean createsJournal() {
        return false;
    }

    protected abstract void run(JournalStore store) throws Exception;

    @Override
    public final Integer call() throws Exception {
        Path journal = journal();
        if (!createsJournal() && !Files.exists(journal)) {
            throw new BadInputException("There is no journal at " + journal);
        }
        try (JournalStore store = context().opener().open(journal)) {
            run(store);
        }
        out().flush();
        return 0;
    }

    protected Path journal() {
        return root.journal();
    }

    protected CliContext context() {
        return root.context();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
