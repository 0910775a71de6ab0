package dk.refleksionsbog.core.storage.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.domain.text.Revision;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.SearchHit;
import dk.refleksionsbog.core.storage.durability.Written.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulls the plug on a writing process again and again and checks the journal after each kill.
 *
 * <p>A child JVM runs {@link CrashWriter} on one journal file: new entries, text edits, new
 * challenges with loops, answers, phase moves and imports of a colleague's exchange file. After a seeded random number of
 * acknowledged writes the parent kills it with SIGKILL (the writer is mid-way through its next
 * write at that moment), reopens the journal and checks that every acknowledged write is there
 * with exactly its content, the write that was cut off is all there or not there at all, nothing
 * else appeared, search and revisions agree with the text, and {@code PRAGMA integrity_check} is
 * {@code ok}. The next round continues on the same file.
 *
 * <p>{@code -Dcrash.kills=N} sets the number of kills (25 by default, 1,000 in
 * {@code scripts/crash-soak.sh}); {@code -Dcrash.seed=S} repeats a reported run.
 */
class CrashDurabilityTest {
    private static final int DEFAULT_KILLS = 25;
    private static final int MAX_ACKNOWLEDGEMENTS_PER_ROUND = 12;
    private static final int SIGKILL_EXIT = 128 + 9;

    @TempDir
    Path folder;

    @Test
    @DisplayName("every acknowledged write survives SIGKILL at random moments; nothing partial is visible; integrity stays ok")
    void acknowledgedWritesSurviveKills() throws Exception {
        int kills = Integer.getInteger("crash.kills", DEFAULT_KILLS);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Path journal = folder.resolve("journal.refleksionsbog");
        Random random = new Random(seed);
        AcknowledgementLedger ledger = new AcknowledgementLedger();
        System.err.println("crash test seed " + seed + " (repeat with -Dcrash.seed=" + seed + ")");

        for (int round = 1; round <= kills; round++) {
            String context = "seed " + seed + " (-Dcrash.seed=" + seed + "), round " + round;
            ledger.startRound();
            runUntilKilled(journal, random.nextLong(), random.nextInt(MAX_ACKNOWLEDGEMENTS_PER_ROUND + 1), ledger, context);
            verify(journal, ledger, context);
        }

        String summary = "kills survived: %d, acknowledged writes: %d, lost: 0, integrity: ok (imports among the writes: %d)"
                .formatted(kills, ledger.acknowledgedUnits(), ledger.acknowledgedImports());
        System.out.println(summary);
        String summaryFile = System.getProperty("crash.summary");
        if (summaryFile != null) {
            Files.writeString(Path.of(summaryFile), summary + " (seed " + seed + ")\n");
        }
        assertThat(ledger.acknowledgedUnits()).as("the writer acknowledged writes at all").isPositive();
        if (kills >= DEFAULT_KILLS) {
            assertThat(ledger.acknowledgedImports()).as("imports were among the writes").isPositive();
        }
    }

    private void runUntilKilled(Path journal, long writerSeed, int killAfter, AcknowledgementLedger ledger, String context)
            throws IOException, InterruptedException {
        Path errors = folder.resolve("writer-errors.txt");
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                        "-cp", System.getProperty("java.class.path"),
                        CrashWriter.class.getName(), journal.toString(), Long.toString(writerSeed))
                .redirectError(errors.toFile())
                .start();
        boolean killed = false;
        int acknowledgements = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            // Lines already in the pipe after the kill were printed after their commit: they count too.
            while ((line = lines.readLine()) != null) {
                if (ledger.read(line)) {
                    acknowledgements++;
                }
                boolean due = killAfter == 0 ? line.equals("READY") : acknowledgements == killAfter;
                if (!killed && due) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close the pipe we still drain.
                    writer.toHandle().destroyForcibly();
                    killed = true;
                }
            }
        } finally {
            writer.toHandle().destroyForcibly();
        }
        int exit = writer.waitFor();
        assertThat(killed && exit == SIGKILL_EXIT)
                .as("%s: the writer ran until killed (exit %d, errors: %s)", context, exit, Files.readString(errors))
                .isTrue();
    }

    static void verify(Path journal, AcknowledgementLedger ledger, String context) throws SQLException {
        try (JournalStore store = CrashJournal.open(journal)) {
            settleInFlightUnit(store, ledger, context);
            checkEveryAcknowledgedWrite(store, ledger, context);
            checkNothingElseAppeared(store, ledger, context);
            checkSearchAndRevisions(store, ledger, context);
        }
        checkFileIntegrity(journal, context);
    }

    private static void settleInFlightUnit(JournalStore store, AcknowledgementLedger ledger, String context) {
        Optional<List<Written>> inFlight = ledger.inFlight();
        if (inFlight.isEmpty()) {
            return;
        }
        List<Written> unit = inFlight.get();
        // An import announces its objects before their content is known: then presence is what counts.
        boolean committed = unit.stream().allMatch(w -> w.contentKnown()
                ? stored(store, w).equals(Optional.of(w.hash()))
                : stored(store, w).isPresent());
        boolean absent = unit.stream()
                .allMatch(w -> stored(store, w).equals(ledger.acknowledged(w.id()).map(Written::hash)));
        assertThat(committed || absent)
                .as("%s: the write cut off by the kill is wholly committed or wholly absent: %s", context, unit)
                .isTrue();
        if (committed) {
            ledger.acceptInFlight(unit.stream()
                    .map(w -> new Written(w.kind(), w.id(), stored(store, w).orElseThrow(), w.searchWord()))
                    .toList());
        } else {
            ledger.discardInFlight();
        }
    }

    private static void checkEveryAcknowledgedWrite(JournalStore store, AcknowledgementLedger ledger, String context) {
        List<String> lost = new ArrayList<>();
        for (Written promised : ledger.all()) {
            Optional<String> found = stored(store, promised);
            if (!found.equals(Optional.of(promised.hash()))) {
                lost.add(promised + " found as " + found);
            }
        }
        assertThat(lost).as("%s: acknowledged writes lost or changed", context).isEmpty();
    }

    private static void checkNothingElseAppeared(JournalStore store, AcknowledgementLedger ledger, String context) {
        Set<UUID> entries = store.entries().list(EntryQuery.all(Integer.MAX_VALUE)).stream()
                .map(Entry::id).collect(Collectors.toSet());
        Set<UUID> challenges = store.challenges().list().stream().map(Challenge::id).collect(Collectors.toSet());
        Set<UUID> loops = new HashSet<>();
        Set<UUID> answers = new HashSet<>();
        for (UUID challenge : challenges) {
            for (Loop loop : store.loops().listByChallenge(challenge)) {
                loops.add(loop.id());
                store.answers().listByOwner(loop.id()).forEach(answer -> answers.add(answer.id()));
            }
        }
        assertThat(entries).as("%s: entries", context).isEqualTo(idsOf(ledger, Kind.ENTRY));
        assertThat(challenges).as("%s: challenges", context).isEqualTo(idsOf(ledger, Kind.CHALLENGE));
        assertThat(loops).as("%s: loops", context).isEqualTo(idsOf(ledger, Kind.LOOP));
        assertThat(answers).as("%s: answers", context).isEqualTo(idsOf(ledger, Kind.ANSWER));
    }

    private static void checkSearchAndRevisions(JournalStore store, AcknowledgementLedger ledger, String context) {
        for (Written written : ledger.acknowledgedThisRound()) {
            if (!written.searchable()) {
                continue;
            }
            assertThat(store.search().search(written.searchWord(), 10)).extracting(SearchHit::targetId)
                    .as("%s: search finds %s by its word %s", context, written.id(), written.searchWord())
                    .contains(written.id());
            List<Revision> history = store.revisions().history(written.id());
            assertThat(history).as("%s: revisions of %s", context, written.id()).isNotEmpty();
            assertThat(history.get(0).text()).as("%s: newest revision of %s is its text", context, written.id())
                    .isEqualTo(currentText(store, written));
        }
        for (Written earlier : ledger.supersededThisRound()) {
            assertThat(store.search().search(earlier.searchWord(), 10)).extracting(SearchHit::targetId)
                    .as("%s: the replaced word %s no longer finds %s", context, earlier.searchWord(), earlier.id())
                    .doesNotContain(earlier.id());
        }
    }

    private static void checkFileIntegrity(Path journal, String context) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + journal);
                Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
                result.next();
                assertThat(result.getString(1)).as("%s: integrity_check", context).isEqualTo("ok");
            }
            try (ResultSet violations = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertThat(violations.next()).as("%s: foreign key violations", context).isFalse();
            }
        }
    }

    private static Set<UUID> idsOf(AcknowledgementLedger ledger, Kind kind) {
        return ledger.all().stream().filter(w -> w.kind() == kind).map(Written::id).collect(Collectors.toSet());
    }

    private static Optional<String> stored(JournalStore store, Written written) {
        Optional<?> record = switch (written.kind()) {
            case ENTRY -> store.entries().find(written.id());
            case CHALLENGE -> store.challenges().find(written.id());
            case LOOP -> store.loops().find(written.id());
            case ANSWER -> store.answers().find(written.id());
        };
        return record.map(Fingerprint::of);
    }

    private static String currentText(JournalStore store, Written written) {
        return switch (written.kind()) {
            case ENTRY -> store.entries().find(written.id()).map(Entry::text).orElseThrow();
            case ANSWER -> store.answers().find(written.id()).map(Answer::text).orElseThrow();
            default -> throw new IllegalArgumentException("no searchable text: " + written);
        };
    }
}
