package dk.refleksionsbog.app.testing;

import dk.refleksionsbog.core.domain.journal.Journal;
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
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A real journal that, once told to, fails every read and write the way the SQLite store does:
 * with a {@link StorageException} of the given kind and an English technical message.
 */
public final class FailingStore implements JournalStore {
    /** The English message the store gives; a screen in Danish must never show it. */
    public static final String ENGLISH_MESSAGE = "The journal could not be written: no space left on device";

    private final JournalStore real;
    private StorageProblem failing;

    public FailingStore(JournalStore real) {
        this.real = real;
    }

    /** From now on every read and write fails with this kind of problem. */
    public FailingStore failWith(StorageProblem problem) {
        failing = problem;
        return this;
    }

    private <T> T unlessFailing(Supplier<T> part) {
        if (failing != null) {
            throw new StorageException(failing, null, ENGLISH_MESSAGE);
        }
        return part.get();
    }

    @Override
    public Path path() {
        return real.path();
    }

    @Override
    public Journal journal() {
        return unlessFailing(real::journal);
    }

    @Override
    public void saveJournal(Journal journal) {
        unlessFailing(() -> {
            real.saveJournal(journal);
            return null;
        });
    }

    @Override
    public ChallengeRepository challenges() {
        return unlessFailing(real::challenges);
    }

    @Override
    public LoopRepository loops() {
        return unlessFailing(real::loops);
    }

    @Override
    public AnswerRepository answers() {
        return unlessFailing(real::answers);
    }

    @Override
    public EntryRepository entries() {
        return unlessFailing(real::entries);
    }

    @Override
    public MeetingRepository meetings() {
        return unlessFailing(real::meetings);
    }

    @Override
    public JobVisitRepository jobVisits() {
        return unlessFailing(real::jobVisits);
    }

    @Override
    public CommentRepository comments() {
        return unlessFailing(real::comments);
    }

    @Override
    public RevisionRepository revisions() {
        return unlessFailing(real::revisions);
    }

    @Override
    public SearchIndex search() {
        return unlessFailing(real::search);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return unlessFailing(() -> real.inTransaction(work));
    }

    @Override
    public void close() {
        real.close();
    }
}
