package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.exchange.ExchangeCrypto;
import dk.refleksionsbog.core.exchange.ExchangeDocument;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import picocli.CommandLine.Model.CommandSpec;

final class ExportCommand extends StoreCommand {
    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "export",
                "Exports a loop, a challenge or the whole journal to an exchange file.",
                "A loop or challenge shared with you exports only your comments on it, to send back to its owner.");
        spec.addArgGroup(CommandModel.oneOf(false,
                CommandModel.required("--loop", UUID.class, "ID", "Export this loop."),
                CommandModel.required("--challenge", UUID.class, "ID", "Export this challenge with all its loops.")));
        spec.addOption(CommandModel.flag("--encrypt", "Encrypt the file with a passphrase (from "
                + EnvironmentOrConsolePassphrase.VARIABLE + " or typed in)."));
        spec.addOption(CommandModel.required("--out", Path.class, "FILE", "The file to write."));
        return spec;
    }

    @Override
    protected void run(JournalStore store) throws Exception {
        UUID loopId = option("--loop");
        UUID challengeId = option("--challenge");
        boolean encrypt = option("--encrypt");
        Path out = option("--out");
        ExchangeExporter exporter = new ExchangeExporter(store, context().clock(), new ExchangeCrypto());
        ExchangeDocument document;
        if (loopId != null) {
            document = exporter.loop(loopId);
        } else if (challengeId != null) {
            document = exporter.challenge(challengeId);
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
