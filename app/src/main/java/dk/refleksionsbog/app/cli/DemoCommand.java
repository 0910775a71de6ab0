package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.example.LargeJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import picocli.CommandLine.Model.CommandSpec;

final class DemoCommand extends StoreCommand {
    static final int MAX_ENTRIES = 10_000_000;

    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "demo", "Writes the example journal into --journal.",
                "With --entries N it writes a large, realistic journal for benchmarks instead.",
                "Refuses a journal that already has content, so your own journal is never filled with examples.");
        spec.addOption(CommandModel.option("--entries", Integer.class, "N", "Write a large journal with N entries.").build());
        spec.addOption(CommandModel.option("--seed", long.class, "SEED", "")
                .hidden(true).defaultValue("" + LargeJournal.DEFAULT_SEED).build());
        return spec;
    }

    @Override
    protected boolean createsJournal() {
        return true;
    }

    @Override
    protected void run(JournalStore store) {
        Integer entries = option("--entries");
        long seed = option("--seed");
        if (entries != null && (entries < 1 || entries > MAX_ENTRIES)) {
            throw new BadInputException("--entries must be between 1 and " + MAX_ENTRIES + ", was " + entries);
        }
        if (!store.challenges().list().isEmpty() || store.entries().count() > 0) {
            throw new BadInputException(journal() + " already has content; demo writes only into a new, empty journal");
        }
        if (entries == null) {
            ExampleJournal.writeInto(store, context().clock());
            out().println("Wrote the example journal to " + journal());
        } else {
            LargeJournal.writeInto(store, context().clock(), entries, seed);
            out().printf("Wrote a journal with %d entries to %s%n", store.entries().count(), journal());
        }
    }
}
