package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.summary.LoopSummary;
import dk.refleksionsbog.core.summary.LoopSummaryBuilder;
import dk.refleksionsbog.core.summary.SummaryPdfRenderer;
import dk.refleksionsbog.core.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "summary", addMethodSubcommands = false, description = {"Saves the printable summary of a loop, or of a challenge's loops, as a PDF."})
final class SummaryCommand extends StoreCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    static final class What {
        @Option(names = "--loop", paramLabel = "ID", required = true, description = "The loop.")
        UUID loopId;

        @Option(names = "--challenge", paramLabel = "ID", required = true, description = "All loops of the challenge.")
        UUID challengeId;
    }

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    private Path pdf;

    @Override
    protected void run(JournalStore store) throws Exception {
        LoopSummaryBuilder builder = new LoopSummaryBuilder(store,
                TemplateRegistry.loadDefault().forJournal(store.journal()), context().clock());
        List<LoopSummary> summaries;
        if (what.loopId != null) {
            if (store.loops().find(what.loopId).isEmpty()) {
                throw new NoSuchElementException("There is no loop with id " + what.loopId);
            }
            summaries = List.of(builder.forLoop(what.loopId));
        } else {
            if (store.challenges().find(what.challengeId).isEmpty()) {
                throw new NoSuchElementException("There is no challenge with id " + what.challengeId);
            }
            summaries = builder.forChallenge(what.challengeId);
            if (summaries.isEmpty()) {
                throw new BadInputException("Challenge " + what.challengeId + " has no loops to summarise yet");
            }
        }
        new SummaryPdfRenderer().writeTo(summaries, pdf);
        out().printf("Saved the summary of %d loop%s to %s%n", summaries.size(), summaries.size() == 1 ? "" : "s", pdf);
    }
}
