package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.LATER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.PARTNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.open;
import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.storage.JournalStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer plans before its transaction and reuses that plan only when the journal's change
 * stamp shows nothing was written in between; these tests write in between, or not.
 */
class ChangeBetweenPlanAndWriteTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("an edit saved between the planning and the import's transaction is kept when it is newer than the file")
    void anEditSavedBeforeTheTransactionIsNotOverwritten() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            FileWithNewerText file = fileWithNewerBaseline(journal);
            Answer baseline = file.baseline();
            Answer editedMeanwhile = baseline.withText("Skrevet mens importen blev forberedt.", LATER_CLOCK.instant());
            List<String> callsInTransaction = new ArrayList<>();
            JournalStore editingFirst = beforeEachImportTransaction(journal,
                    () -> journal.answers().save(editedMeanwhile), callsInTransaction);

            ImportReport report = new ExchangeImporter(editingFirst).importBytes(file.bytes(), null);

            assertThat(callsInTransaction).as("planned again inside the transaction").contains("journal");
            assertThat(report.updated()).isZero();
            assertThat(report.keptLocal()).isEqualTo(1);
            assertThat(baseline(journal)).isEqualTo(editedMeanwhile);
        }
    }

    @Test
    @DisplayName("without anything written in between, the planned import is applied as planned")
    void withoutAnEditTheFileUpdatesTheOlderText() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            FileWithNewerText file = fileWithNewerBaseline(journal);
            JournalStore readingFirst = beforeEachImportTransaction(journal, () -> journal.answers().listByOwner(ExampleJournal.id("loop.meetings.1")));

            ImportReport report = new ExchangeImporter(readingFirst).importBytes(file.bytes(), null);

            assertThat(report.updated()).isEqualTo(1);
            assertThat(baseline(journal)).isEqualTo(file.inFile());
        }
    }

    @Test
    @DisplayName("without anything written in between, the plan made before the transaction is applied without reading the journal again")
    void anUnchangedJournalIsNotPlannedAgain() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            FileWithNewerText file = fileWithNewerBaseline(journal);
            List<String> callsInTransaction = new ArrayList<>();
            JournalStore nothingInBetween = beforeEachImportTransaction(journal, () -> { }, callsInTransaction);

            ImportReport report = new ExchangeImporter(nothingInBetween).importBytes(file.bytes(), null);

            // Every planning starts by reading the journal's settings (is the file from this journal?).
            assertThat(callsInTransaction).doesNotContain("journal").contains("answers");
            assertThat(report.updated()).isEqualTo(1);
            assertThat(baseline(journal)).isEqualTo(file.inFile());
        }
    }

    /** The example journal's baseline answer as it stands, and a file of its loop with a newer text of it. */
    private record FileWithNewerText(Answer baseline, Answer inFile, byte[] bytes) {}

    private static FileWithNewerText fileWithNewerBaseline(JournalStore journal) {
        ExampleJournal.writeInto(journal, OWNER_CLOCK);
        Answer baseline = baseline(journal);
        Answer inFile = baseline.withText("Teksten i filen, fra den bærbare.", PARTNER_CLOCK.instant());
        journal.answers().save(inFile);
        ExchangeExporter exporter = new ExchangeExporter(journal, PARTNER_CLOCK);
        byte[] bytes = exporter.toBytes(exporter.loop(ExampleJournal.id("loop.meetings.1")));
        journal.answers().save(baseline);
        return new FileWithNewerText(baseline, inFile, bytes);
    }

    private static Answer baseline(JournalStore journal) {
        return journal.answers().find(ExampleJournal.id("loop.meetings.1"), "trialAction.baseline").orElseThrow();
    }

    /**
     * The real store, with some work done just before each all-or-nothing transaction starts; the
     * names of the store's methods the importer calls inside that transaction are added to the list.
     * Every call goes on to the real store.
     */
    private static JournalStore beforeEachImportTransaction(JournalStore real, Runnable before, List<String> callsInside) {
        boolean[] inside = {false};
        InvocationHandler handler = (proxy, method, arguments) -> {
            boolean transaction = method.getName().equals("inAllOrNothingTransaction");
            if (inside[0]) {
                callsInside.add(method.getName());
            }
            if (transaction) {
                before.run();
                inside[0] = true;
            }
            try {
                return method.invoke(real, arguments);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            } finally {
                if (transaction) {
                    inside[0] = false;
                }
            }
        };
        return (JournalStore) Proxy.newProxyInstance(JournalStore.class.getClassLoader(),
                new Class<?>[] {JournalStore.class}, handler);
    }

    private static JournalStore beforeEachImportTransaction(JournalStore real, Runnable before) {
        return beforeEachImportTransaction(real, before, new ArrayList<>());
    }
}
