package dk.refleksionsbog.core.exchange;

import static dk.refleksionsbog.core.exchange.ExchangeFixture.LATER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.OWNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.PARTNER_CLOCK;
import static dk.refleksionsbog.core.exchange.ExchangeFixture.open;
import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.example.ExampleJournal;
import dk.refleksionsbog.core.storage.AnswerRepository;
import dk.refleksionsbog.core.storage.ChallengeRepository;
import dk.refleksionsbog.core.storage.CommentRepository;
import dk.refleksionsbog.core.storage.EntryRepository;
import dk.refleksionsbog.core.storage.JobVisitRepository;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.LoopRepository;
import dk.refleksionsbog.core.storage.MeetingRepository;
import dk.refleksionsbog.core.storage.RevisionRepository;
import dk.refleksionsbog.core.storage.SearchIndex;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer plans before its transaction and reuses that plan only when the journal's change
 * stamp shows nothing was written in between; these tests write in between.
 */
class ChangeBetweenPlanAndWriteTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("an edit saved between the planning and the import's transaction is kept when it is newer than the file")
    void anEditSavedBeforeTheTransactionIsNotOverwritten() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            Answer baseline = baseline(journal);
            journal.answers().save(baseline.withText("Teksten i filen, fra den bærbare.", PARTNER_CLOCK.instant()));
            ExchangeExporter exporter = new ExchangeExporter(journal, PARTNER_CLOCK);
            byte[] newerFile = exporter.toBytes(exporter.loop(ExampleJournal.id("loop.meetings.1")));
            journal.answers().save(baseline);
            Answer editedMeanwhile = baseline.withText("Skrevet mens importen blev forberedt.", LATER_CLOCK.instant());
            JournalStore editingFirst = new BeforeEachImportTransaction(journal,
                    () -> journal.answers().save(editedMeanwhile));

            ImportReport report = new ExchangeImporter(editingFirst).importBytes(newerFile, null);

            assertThat(report.updated()).isZero();
            assertThat(report.keptLocal()).isEqualTo(1);
            assertThat(baseline(journal)).isEqualTo(editedMeanwhile);
        }
    }

    @Test
    @DisplayName("without anything written in between, the planned import is applied as planned")
    void withoutAnEditTheFileUpdatesTheOlderText() throws Exception {
        try (JournalStore journal = open(folder, "journal", OWNER_CLOCK)) {
            ExampleJournal.writeInto(journal, OWNER_CLOCK);
            Answer baseline = baseline(journal);
            Answer inFile = baseline.withText("Teksten i filen, fra den bærbare.", PARTNER_CLOCK.instant());
            journal.answers().save(inFile);
            ExchangeExporter exporter = new ExchangeExporter(journal, PARTNER_CLOCK);
            byte[] newerFile = exporter.toBytes(exporter.loop(ExampleJournal.id("loop.meetings.1")));
            journal.answers().save(baseline);
            JournalStore readingFirst = new BeforeEachImportTransaction(journal, () -> journal.answers().listByOwner(ExampleJournal.id("loop.meetings.1")));

            ImportReport report = new ExchangeImporter(readingFirst).importBytes(newerFile, null);

            assertThat(report.updated()).isEqualTo(1);
            assertThat(baseline(journal)).isEqualTo(inFile);
        }
    }

    private static Answer baseline(JournalStore journal) {
        return journal.answers().find(ExampleJournal.id("loop.meetings.1"), "trialAction.baseline").orElseThrow();
    }

    /** The real store, with some work done just before each all-or-nothing transaction starts. */
    private static final class BeforeEachImportTransaction implements JournalStore {
        private final JournalStore real;
        private final Runnable before;

        BeforeEachImportTransaction(JournalStore real, Runnable before) {
            this.real = real;
            this.before = before;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return real.inTransaction(work);
        }

        @Override
        public <T> T inAllOrNothingTransaction(Supplier<T> work) {
            before.run();
            return real.inAllOrNothingTransaction(work);
        }

        @Override
        public Optional<String> changeStamp() {
            return real.changeStamp();
        }

        @Override
        public Path path() {
            return real.path();
        }

        @Override
        public Journal journal() {
            return real.journal();
        }

        @Override
        public void saveJournal(Journal journal) {
            real.saveJournal(journal);
        }

        @Override
        public ChallengeRepository challenges() {
            return real.challenges();
        }

        @Override
        public LoopRepository loops() {
            return real.loops();
        }

        @Override
        public AnswerRepository answers() {
            return real.answers();
        }

        @Override
        public EntryRepository entries() {
            return real.entries();
        }

        @Override
        public MeetingRepository meetings() {
            return real.meetings();
        }

        @Override
        public JobVisitRepository jobVisits() {
            return real.jobVisits();
        }

        @Override
        public CommentRepository comments() {
            return real.comments();
        }

        @Override
        public RevisionRepository revisions() {
            return real.revisions();
        }

        @Override
        public SearchIndex search() {
            return real.search();
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
