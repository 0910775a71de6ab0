package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.exchange.ExchangeImporter;
import dk.refleksionsbog.core.exchange.ExchangeImporter.CheckedFile;
import dk.refleksionsbog.core.exchange.ImportReport;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Model.CommandSpec;

final class ImportCommand extends StoreCommand {
    private FutureTask<CheckedFile> reading;

    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "import",
                "Imports an exchange file: a shared loop or challenge, comments, or a journal.",
                "Nothing is changed unless the whole file is valid; newer local text is kept.");
        spec.addOption(CommandModel.flag("--decrypt", "The file is encrypted; read the passphrase (from "
                + EnvironmentOrConsolePassphrase.VARIABLE + " or typed in)."));
        spec.addPositional(CommandModel.parameter(Path.class, "FILE", "The exchange file."));
        return spec;
    }

    @Override
    protected boolean createsJournal() {
        return true;
    }

    /**
     * The file is read and checked (parsed, held to the schema, bound: a third of a cold import
     * of 1,000 entries) on a thread of its own while this one opens or creates the journal.
     */
    @Override
    protected void beforeOpening() throws Exception {
        boolean decrypt = option("--decrypt");
        Path file = parameter();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("There is no file " + file);
        }
        if (!decrypt && ExchangeImporter.isEncrypted(file)) {
            throw new BadInputException(file + " is encrypted; import it with --decrypt");
        }
        char[] passphrase = decrypt ? context().passphrases().passphrase("Passphrase of " + file, false) : null;
        reading = new FutureTask<>(() -> {
            try {
                return ExchangeImporter.readFile(file, passphrase);
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        });
        Thread reader = new Thread(reading, "reading the import file");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    protected void run(JournalStore store) throws Exception {
        ImportReport report = new ExchangeImporter(store).importFile(checkedFile());
        String from = report.exportedBy() == null || report.exportedBy().isBlank() ? "" : " from " + report.exportedBy();
        out().printf("Imported %s file%s: %d added (%d comments), %d updated, %d unchanged, %d kept as they are "
                        + "in your journal%n",
                report.scope().wireName(), from, report.added(), report.commentsAdded(), report.updated(),
                report.unchanged(), report.keptLocal());
        if (report.sharedBy() != null) {
            out().printf("Shown as shared with you by %s (read-only; add comments and export to send them back)%n",
                    report.sharedBy());
        }
    }

    private CheckedFile checkedFile() throws Exception {
        try {
            return reading.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception exception) {
                throw exception;
            }
            throw (Error) failed.getCause();
        }
    }
}
