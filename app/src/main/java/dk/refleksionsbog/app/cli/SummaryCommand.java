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
import picocli.CommandLine.Model.CommandSpec;

final class SummaryCommand extends StoreCommand {
    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "summary",
                "Saves the printable summary of a loop, or of a challenge's loops, as a PDF.");
        spec.addArgGroup(CommandModel.oneOf(true,
                CommandModel.required("--loop", UUID.class, "ID", "The loop."),
                CommandModel.required("--challenge", UUID.class, "ID", "All loops of the challenge.")));
        spec.addOption(CommandModel.required("--pdf", Path.class, "FILE", "The PDF file to write."));
        return spec;
    }

    @Override
    protected void run(JournalStore store) throws Exception {
        UUID loopId = option("--loop");
        UUID challengeId = option("--challenge");
        Path pdf = option("--pdf");
        LoopSummaryBuilder builder = new LoopSummaryBuilder(store,
                TemplateRegistry.loadDefault().forJournal(store.journal()), context().clock());
        List<LoopSummary> summaries;
        if (loopId != null) {
            if (store.loops().find(loopId).isEmpty()) {
                throw new NoSuchElementException("There is no loop with id " + loopId);
            }
            summaries = List.of(builder.forLoop(loopId));
        } else {
            if (store.challenges().find(challengeId).isEmpty()) {
                throw new NoSuchElementException("There is no challenge with id " + challengeId);
            }
            summaries = builder.forChallenge(challengeId);
            if (summaries.isEmpty()) {
                throw new BadInputException("Challenge " + challengeId + " has no loops to summarise yet");
            }
        }
        new SummaryPdfRenderer().writeTo(summaries, pdf);
        out().printf("Saved the summary of %d loop%s to %s%n", summaries.size(), summaries.size() == 1 ? "" : "s", pdf);
    }
}
