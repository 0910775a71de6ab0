package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.journal.Journal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An open journal file and its repositories. Each repository call outside
 * {@link #inTransaction} is its own durable transaction; a user action that writes several
 * things wraps them in one {@code inTransaction} so they commit together or not at all.
 */
public interface JournalStore extends AutoCloseable {

    Path path();

    Journal journal();

    void saveJournal(Journal journal);

    ChallengeRepository challenges();

    LoopRepository loops();

    AnswerRepository answers();

    EntryRepository entries();

    MeetingRepository meetings();

    JobVisitRepository jobVisits();

    CommentRepository comments();

    RevisionRepository revisions();

    SearchIndex search();

    /** Runs the work as one transaction: committed durably when it returns, rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs many writes that stand or fall together (an import) as one transaction. Unlike
     * {@link #inTransaction}, a failing part is not undone on its own while the rest goes on: any
     * failure inside, even one the work catches, rolls back everything. That lets a store skip the
     * per-part bookkeeping; by default it is simply {@link #inTransaction}.
     */
    default <T> T inAllOrNothingTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * A stamp of what the journal holds now: two equal stamps mean nothing was written to it in
     * between, by this store or by anyone else, so what was read before the first still holds.
     * Empty when the store cannot tell, which a caller takes as "may have changed".
     */
    default Optional<String> changeStamp() {
        return Optional.empty();
    }

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    void close();
}
