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
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(name = "note", addMethodSubcommands = false, description = {"Adds a dated entry and prints its id.",
    "Exits 0 only once the entry is durably stored."})
final class NoteCommand extends StoreCommand {
    private static final Map<String, EntryKind> KINDS = Map.of(
            "note", EntryKind.NOTE,
            "observation", EntryKind.OBSERVATION,
            "star", EntryKind.STAR_MOMENT,
            "insight", EntryKind.INSIGHT);

    @Option(names = "--loop", paramLabel = "ID", description = "Link the entry to this loop and its current phase.")
    private UUID loopId;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "note", converter = KindConverter.class,
            description = "note, observation, star or insight (default: ${DEFAULT-VALUE}).")
    private EntryKind kind;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text of the entry.")
    private List<String> words;

    @Override
    protected boolean createsJournal() {
        return true;
    }

    @Override
    protected void run(JournalStore store) {
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
