package dk.refleksionsbog.core.storage.durability;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.exchange.ExchangeExporter;
import dk.refleksionsbog.core.exchange.ExchangeImporter;
import dk.refleksionsbog.core.exchange.ImportRejectedException;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.durability.Written.Kind;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The child process of the crash test: writes to the journal in an endless loop until it is
 * killed. Before each write unit it prints {@code WILL <unit> <objects>}; after the call has
 * returned (committed) it prints {@code ACK <unit>}, flushed, so the parent knows exactly which
 * writes were acknowledged when it pulls the plug. An import's content is only known after it ran,
 * so it is reported on a {@code SAW <unit> <objects>} line just before its acknowledgement.
 */
public final class CrashWriter {
    private static final String[] WORDS = {
        "sårbarhed", "tillid", "medarbejdere", "borgeren", "økonomi", "prøvehandling", "refleksionsmøde",
        "stjernestund", "æblekage", "ledelse", "fællesskab", "🌱", "✨", "Ærø", "læring", "mødet", "ny aktion",
        "\n", "🧭", "هذا", "é", "over-/underordnet", "\"citat\"", "50%", "NEAR", "(parentes)"
    };
    private static final List<String> ANSWER_KEYS = List.of("phase.challenge.q1", "phase.planning.q1", "phase.reflection.q2");

    private final JournalStore store;
    private final Path colleagueJournal;
    private JournalStore colleague;
    private final Random random;
    private final PrintStream out;
    private final List<UUID> entries = new ArrayList<>();
    private final List<Loop> loops = new ArrayList<>();

    private CrashWriter(JournalStore store, Path colleagueJournal, Random random, PrintStream out) {
        this.store = store;
        this.colleagueJournal = colleagueJournal;
        this.random = random;
        this.out = out;
        store.entries().list(EntryQuery.all(Integer.MAX_VALUE)).forEach(entry -> entries.add(entry.id()));
        store.challenges().list().forEach(challenge -> loops.addAll(store.loops().listByChallenge(challenge.id())));
    }

    public static void main(String[] args) {
        Path journal = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        Path colleagueJournal = journal.resolveSibling("colleague-" + Long.toHexString(random.nextLong()) + ".refleksionsbog");
        try (JournalStore store = CrashJournal.open(journal)) {
            CrashWriter writer = new CrashWriter(store, colleagueJournal, random, out);
            writer.tell("READY");
            for (long unit = 1; ; unit++) {
                writer.writeOne(unit);
            }
        }
    }

    private void writeOne(long unit) {
        int choice = random.nextInt(13);
        if (choice == 12) {
            importFromColleague(unit);
        } else if (choice < 4 || (loops.isEmpty() && choice >= 8) || (entries.isEmpty() && choice < 7)) {
            addEntry(unit);
        } else if (choice < 7) {
            editEntry(unit);
        } else if (choice < 8 || loops.isEmpty()) {
            createChallengeWithLoop(unit);
        } else if (choice < 11) {
            answer(unit);
        } else {
            advanceLoop(unit);
        }
    }

    private void addEntry(long unit) {
        String word = uniqueWord();
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.values()[random.nextInt(EntryKind.values().length)],
                text(word), LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)), now());
        if (!loops.isEmpty() && random.nextBoolean()) {
            Loop loop = loops.get(random.nextInt(loops.size()));
            entry = entry.linkedTo(loop.challengeId(), loop.id(), loop.currentPhase(), entry.updatedAt());
        }
        Entry saved = entry;
        announce(unit, new Written(Kind.ENTRY, saved.id(), Fingerprint.of(saved), word));
        store.entries().save(saved);
        entries.add(saved.id());
        acknowledge(unit);
    }

    private void editEntry(long unit) {
        UUID id = entries.get(random.nextInt(entries.size()));
        Entry current = store.entries().find(id).orElseThrow(() -> new IllegalStateException("lost entry " + id));
        String word = uniqueWord();
        Entry edited = current.withText(text(word), later(current.updatedAt()));
        announce(unit, new Written(Kind.ENTRY, id, Fingerprint.of(edited), word));
        store.entries().save(edited);
        acknowledge(unit);
    }

    private void createChallengeWithLoop(long unit) {
        Instant now = now();
        String word = uniqueWord();
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Udfordring " + word, now).withDescription(text(word), now);
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), now);
        announce(unit, new Written(Kind.CHALLENGE, challenge.id(), Fingerprint.of(challenge), "-"),
                new Written(Kind.LOOP, loop.id(), Fingerprint.of(loop), "-"));
        store.inTransaction(() -> {
            store.challenges().save(challenge);
            store.loops().save(loop);
        });
        loops.add(loop);
        acknowledge(unit);
    }

    private void answer(long unit) {
        Loop loop = loops.get(random.nextInt(loops.size()));
        String key = ANSWER_KEYS.get(random.nextInt(ANSWER_KEYS.size()));
        String word = uniqueWord();
        Answer answer = store.answers().find(loop.id(), key)
                .map(existing -> existing.withText(text(word), later(existing.updatedAt())))
                .orElseGet(() -> Answer.create(UUID.randomUUID(), loop.id(), key, text(word), now()));
        announce(unit, new Written(Kind.ANSWER, answer.id(), Fingerprint.of(answer), word));
        store.answers().save(answer);
        acknowledge(unit);
    }

    private void advanceLoop(long unit) {
        int index = random.nextInt(loops.size());
        Loop current = store.loops().find(loops.get(index).id()).orElseThrow();
        if (current.currentPhase().next().isEmpty()) {
            addEntry(unit);
            return;
        }
        Loop moved = current.advance(later(current.updatedAt()));
        announce(unit, new Written(Kind.LOOP, moved.id(), Fingerprint.of(moved), "-"));
        store.loops().save(moved);
        loops.set(index, moved);
        acknowledge(unit);
    }

    /**
     * A sparring partner's challenge arrives as an exchange file: written in a second journal,
     * exported, imported here in one transaction. What the import makes of it (shared-by marks)
     * is only known afterwards, so the announcement names the objects and a SAW line their content.
     */
    private void importFromColleague(long unit) {
        if (colleague == null) {
            colleague = CrashJournal.open(colleagueJournal);
        }
        Instant now = now();
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Kollegas udfordring " + uniqueWord(), now);
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), now);
        String answerWord = uniqueWord();
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), ANSWER_KEYS.get(0), text(answerWord), now);
        String entryWord = uniqueWord();
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.INSIGHT, text(entryWord), LocalDate.of(2026, 6, 1), now)
                .linkedTo(challenge.id(), loop.id(), loop.currentPhase(), now);
        colleague.inTransaction(() -> {
            colleague.challenges().save(challenge);
            colleague.loops().save(loop);
            colleague.answers().save(answer);
            colleague.entries().save(entry);
        });
        ExchangeExporter exporter = new ExchangeExporter(colleague, Clock.systemUTC());
        byte[] file = exporter.toBytes(exporter.challenge(challenge.id()));
        announce(unit, new Written(Kind.CHALLENGE, challenge.id(), Written.ANY, "-"),
                new Written(Kind.LOOP, loop.id(), Written.ANY, "-"),
                new Written(Kind.ANSWER, answer.id(), Written.ANY, answerWord),
                new Written(Kind.ENTRY, entry.id(), Written.ANY, entryWord));
        try {
            new ExchangeImporter(store).importBytes(file, null);
        } catch (ImportRejectedException rejected) {
            throw new IllegalStateException("a valid exchange file was rejected: " + rejected.getMessage(), rejected);
        }
        tell("SAW " + unit
                + " " + new Written(Kind.CHALLENGE, challenge.id(), Fingerprint.of(store.challenges().find(challenge.id()).orElseThrow()), "-").format()
                + " " + new Written(Kind.LOOP, loop.id(), Fingerprint.of(store.loops().find(loop.id()).orElseThrow()), "-").format()
                + " " + new Written(Kind.ANSWER, answer.id(), Fingerprint.of(store.answers().find(answer.id()).orElseThrow()), answerWord).format()
                + " " + new Written(Kind.ENTRY, entry.id(), Fingerprint.of(store.entries().find(entry.id()).orElseThrow()), entryWord).format());
        acknowledge(unit);
    }

    private void announce(long unit, Written... objects) {
        StringBuilder line = new StringBuilder("WILL ").append(unit);
        for (Written object : objects) {
            line.append(' ').append(object.format());
        }
        tell(line.toString());
    }

    private void acknowledge(long unit) {
        tell("ACK " + unit);
    }

    /** Nobody listening means the parent is gone: stop rather than write forever. */
    private void tell(String line) {
        out.println(line);
        out.flush();
        if (out.checkError()) {
            System.exit(3);
        }
    }

    /** Some texts span several database pages, so a kill can land in the middle of writing one. */
    private String text(String uniqueWord) {
        int words = random.nextInt(10) == 0 ? 2_000 + random.nextInt(4_000) : 5 + random.nextInt(60);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            if (i == words / 2) {
                text.append(uniqueWord).append(' ');
            }
        }
        return text.toString().strip();
    }

    private String uniqueWord() {
        return "q" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    private static Instant now() {
        return Instant.now();
    }

    private static Instant later(Instant previous) {
        Instant now = now();
        return now.isAfter(previous) ? now : previous.plusNanos(1_000);
    }
}
