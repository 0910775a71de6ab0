package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.storage.sqlite.JournalCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

final class CheckCommand extends JournalCommand {
    @Override
    protected CommandSpec describe() {
        return CommandModel.command(this, "check", "Checks the journal file: integrity, references and schema version.",
                "Exits 0 only when the journal is sound. Safe while the app has the journal open.");
    }

    @Override
    public Integer call() {
        Path journal = existingJournal();
        JournalCheck.Result result = JournalCheck.check(journal);
        PrintWriter out = out();
        out.printf("Journal: %s%n", journal);
        out.printf("Schema version: %d (this version of Refleksionsbog writes %d)%n", result.schemaVersion(),
                result.latestSchemaVersion());
        if (result.isSound()) {
            out.println("Integrity: ok");
            out.flush();
            return Cli.OK;
        }
        result.problems().forEach(problem -> out.println("Problem: " + Cli.oneLine(problem)));
        out.flush();
        spec().commandLine().getErr().println("refleksionsbog: the journal is not sound (" + result.problems().size()
                + " problem" + (result.problems().size() == 1 ? "" : "s") + ")");
        return Cli.FAILED;
    }
}
