package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.storage.sqlite.backup.VerifiedSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

final class BackupCommand extends JournalCommand {
    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "backup", "Writes a complete, verified copy of the journal.",
                "The copy is made with SQLite's VACUUM INTO beside the target, synced, reopened, integrity-checked and only"
                        + " then moved into place. Safe while the app has the journal open.");
        spec.addOption(CommandModel.required("--out", Path.class, "FILE", "The backup file; must not exist yet."));
        return spec;
    }

    @Override
    public Integer call() {
        Path out = option("--out");
        Path journal = existingJournal();
        if (Files.exists(out)) {
            throw new BadInputException(out + " already exists; a backup never overwrites a file");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException("The folder of " + out + " does not exist");
        }
        VerifiedSnapshot.write(journal, out);
        out().println("Backed up " + journal + " to " + out + " (verified)");
        out().flush();
        return Cli.OK;
    }
}
