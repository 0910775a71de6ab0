package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

final class NoteCommand extends StoreCommand {
    private static final Map<String, EntryKind> KINDS = Map.of(
            "note", EntryKind.NOTE,
            "observation", EntryKind.OBSERVATION,
            "star", EntryKind.STAR_MOMENT,
            "insight", EntryKind.INSIGHT);

    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "note", "Adds a dated entry and prints its id.",
                "Exits 0 only once the entry is durably stored.");
        spec.addOption(CommandModel.option("--loop", UUID.class, "ID", "Link the entry to this loop and its current phase.")
                .build());
        spec.addOption(CommandModel.option("--kind", EntryKind.class, "KIND",
                        "note, observation, star or insight (default: ${DEFAULT-VALUE}).")
                .defaultValue("note").converters(new KindConverter()).build());
        spec.addPositional(CommandModel.words("TEXT", "The text of the entry."));
        return spec;
    }

    @Override
    protected boolean createsJournal() {
        return true;
    }

    @Override
    protected void run(JournalStore store) {
        UUID loopId = option("--loop");
        EntryKind kind = option("--kind");
        List<String> words = parameter();
        Instant now = context().clock().instant();
        LocalDate today = LocalDate.now(context().clock());
        Entry entry = Entry.create(UUID.randomUUID(), kind, String.join(" ", words), today, now);
        if (loopId != null) {
            Loop loop = store.loops().find(loopId)
                    .orElseThrow(() -> new NoSuchElementException("There is no loop with id " + loopId));
            Challenge challenge = store.challenges().find(loop.challengeId()).orElseThrow();
            if (challenge.isShared()) {
                throw new BadInputException("Loop " + loop.number() + " of \"" + challenge.title() + "\" was shared "
                        + "with you by " + challenge.sharedBy() + " and is read-only; add a comment instead");
            }
            entry = entry.linkedTo(challenge.id(), loop.id(), loop.currentPhase(), now);
        }
        store.entries().save(entry);
        out().println(entry.id());
    }

    static final class KindConverter implements ITypeConverter<EntryKind> {
        @Override
        public EntryKind convert(String value) {
            EntryKind kind = KINDS.get(value.strip().toLowerCase(java.util.Locale.ROOT));
            if (kind == null) {
                throw new TypeConversionException("'" + value + "' is not one of note, observation, star, insight");
            }
            return kind;
        }
    }
}
