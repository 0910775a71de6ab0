package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.exchange.ExchangeCrypto;
import dk.refleksionsbog.core.exchange.ExchangeDocument;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", addMethodSubcommands = false, description = {"Exports a loop, a challenge or the whole journal to an exchange file.",
    "A loop or challenge shared with you exports only your comments on it, to send back to its owner."})
final class ExportCommand extends StoreCommand {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private What what;

    static final class What {
        @Option(names = "--loop", paramLabel = "ID", required = true, description = "Export this loop.")
        UUID loopId;

        @Option(names = "--challenge", paramLabel = "ID", required = true, description = "Export this challenge with all its loops.")
        UUID challengeId;
    }

    @Option(names = "--encrypt", description = "Encrypt the file with a passphrase (from "
            + EnvironmentOrConsolePassphrase.VARIABLE + " or typed in).")
    private boolean encrypt;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    protected void run(JournalStore store) throws Exception {
        ExchangeExporter exporter = new ExchangeExporter(store, context().clock(), new ExchangeCrypto());
        ExchangeDocument document;
        if (what != null && what.loopId != null) {
            document = exporter.loop(what.loopId);
        } else if (what != null) {
            document = exporter.challenge(what.challengeId);
        } else {
            document = exporter.journal();
        }
        char[] passphrase = null;
        if (encrypt) {
            passphrase = context().passphrases().passphrase("Passphrase for the export", true);
            if (passphrase.length < ExchangeCrypto.MIN_PASSPHRASE_LENGTH) {
                throw new BadInputException("A passphrase has at least " + ExchangeCrypto.MIN_PASSPHRASE_LENGTH
                        + " characters");
            }
        }
        try {
            exporter.write(document, out, passphrase);
        } finally {
            if (passphrase != null) {
                Arrays.fill(passphrase, '\0');
            }
        }
        out().printf("Exported %s%s to %s: %d challenges, %d loops, %d answers, %d entries, %d meetings, "
                        + "%d job visits, %d comments%n",
                document.scope(), encrypt ? " (encrypted)" : "", out, document.challenges().size(),
                document.loops().size(), document.answers().size(), document.entries().size(),
                document.meetings().size(), document.jobVisits().size(), document.comments().size());
    }
}
