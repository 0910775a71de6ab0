package dk.refleksionsbog.core.storage.sqlite;

import static dk.refleksionsbog.core.storage.sqlite.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.StorageException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {
    @TempDir
    Path folder;

    SqliteJournalStore store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Entry entry(String text) {
        return Entry.create(UUID.randomUUID(), EntryKind.NOTE, text, LocalDate.of(2026, 3, 1), T0);
    }

    @Test
    void aThrowingTransactionLeavesNothingBehind() {
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Udfordring", T0);
        Entry entry = entry("Sårbarhed i teamet");
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.challenges().save(challenge);
            store.loops().save(Loop.first(UUID.randomUUID(), challenge.id(), T0));
            store.entries().save(entry);
            throw new IllegalStateException("the user action failed half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the user action failed half-way");

        assertThat(store.challenges().list()).isEmpty();
        assertThat(store.loops().listByChallenge(challenge.id())).isEmpty();
        assertThat(store.entries().count()).isZero();
        assertThat(store.revisions().history(entry.id())).isEmpty();
        assertThat(store.search().search("sårbarhed", 10)).isEmpty();
    }

    @Test
    void aCompletedTransactionIsDurableAcrossReopening() {
        Entry first = entry("Første");
        Entry second = entry("Anden");
        String result = store.inTransaction(() -> {
            store.entries().save(first);
            store.entries().save(second);
            return "done";
        });
        assertThat(result).isEqualTo("done");
        store.close();
        store = StoreFixture.open(folder);
        assertThat(store.entries().count()).isEqualTo(2);
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() {
        Entry inner = entry("Indre");
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.inTransaction(() -> store.entries().save(inner));
            assertThat(store.entries().find(inner.id())).isPresent();
            throw new IllegalStateException("outer fails after inner succeeded");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.entries().find(inner.id())).isEmpty();
    }

    @Test
    void aFailedNestedTransactionIsUndoneWhileTheOuterOneContinues() {
        Entry kept = entry("Beholdes");
        Entry undone = entry("Fortrydes");
        store.inTransaction(() -> {
            store.entries().save(kept);
            try {
                store.inTransaction(() -> {
                    store.entries().save(undone);
                    throw new IllegalStateException("inner fails");
                });
            } catch (IllegalStateException expected) {
                // the outer action goes on without the inner part
            }
        });
        assertThat(store.entries().find(kept.id())).isPresent();
        assertThat(store.entries().find(undone.id())).isEmpty();
    }

    @Test
    void aSingleSaveThatFailsHalfWayWritesNothing() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer first = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Unik tekst", T0);
        store.answers().save(first);
        // Same question again under another id breaks the one-answer-per-question rule after the
        // revision and search writes were prepared; none of them may remain.
        Answer clash = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Kollision", T0);
        assertThatThrownBy(() -> store.answers().save(clash)).isInstanceOf(StorageException.class);
        assertThat(store.revisions().history(clash.id())).isEmpty();
        assertThat(store.search().search("kollision", 10)).isEmpty();
        assertThat(store.answers().listByOwner(loop.id())).containsExactly(first);
    }

    @Test
    void aSaveThatFailsInsideAnActionIsUndoneByItselfWhileTheRestOfTheActionCommits() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer first = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Første", T0);
        store.answers().save(first);
        Entry entry = entry("Skrevet i samme handling");
        Answer clash = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Kollision", T0);
        store.inTransaction(() -> {
            store.entries().save(entry);
            assertThatThrownBy(() -> store.answers().save(clash)).isInstanceOf(StorageException.class);
        });
        assertThat(store.entries().find(entry.id())).isPresent();
        assertThat(store.answers().listByOwner(loop.id())).containsExactly(first);
        assertThat(store.revisions().history(clash.id())).isEmpty();
        assertThat(store.search().search("kollision", 10)).isEmpty();
    }

    @Test
    void anAllOrNothingTransactionCommitsAllItsParts() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Entry entry = entry("Importeret");
        Answer answer = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Importeret svar", T0);
        store.inAllOrNothingTransaction(() -> {
            store.entries().save(entry);
            store.answers().save(answer);
            return null;
        });
        assertThat(store.entries().find(entry.id())).contains(entry);
        assertThat(store.answers().find(answer.id())).contains(answer);
        assertThat(store.search().search("importeret", 10)).hasSize(2);
    }

    @Test
    void aFailedPartOfAnAllOrNothingTransactionRollsBackEverythingEvenWhenTheWorkCaughtIt() {
        Loop loop = StoreFixture.savedLoop(store, StoreFixture.savedChallenge(store, "Udfordring"));
        Answer first = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Første", T0);
        store.answers().save(first);
        Entry entry = entry("Skrevet før fejlen");
        Answer clash = Answer.create(UUID.randomUUID(), loop.id(), "phase.action.q1", "Kollision", T0);
        assertThatThrownBy(() -> store.inAllOrNothingTransaction(() -> {
            store.entries().save(entry);
            assertThatThrownBy(() -> store.answers().save(clash)).isInstanceOf(StorageException.class);
            return null;
        })).isInstanceOf(StorageException.class).hasMessageContaining("none of it was saved");

        assertThat(store.entries().find(entry.id())).isEmpty();
        assertThat(store.revisions().history(entry.id())).isEmpty();
        assertThat(store.search().search("fejlen", 10)).isEmpty();
        assertThat(store.answers().listByOwner(loop.id())).containsExactly(first);
        Entry later = entry("Bagefter");
        store.entries().save(later);
        assertThat(store.entries().find(later.id())).contains(later);
    }

    @Test
    void anotherThreadNeverJoinsARunningTransaction() throws InterruptedException {
        Entry fromFirstThread = entry("Første tråd");
        Entry fromSecondThread = entry("Anden tråd");
        Thread second = new Thread(() -> store.entries().save(fromSecondThread));
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.entries().save(fromFirstThread);
            second.start();
            awaitWaiting(second);
            throw new IllegalStateException("the first thread's action fails");
        })).isInstanceOf(IllegalStateException.class);
        second.join();

        assertThat(store.entries().find(fromFirstThread.id())).isEmpty();
        assertThat(store.entries().find(fromSecondThread.id())).isPresent();
    }

    /** Returns once the thread is parked, which here can only be on the store's lock. */
    private static void awaitWaiting(Thread thread) {
        while (thread.getState() != Thread.State.WAITING) {
            if (thread.getState() == Thread.State.TERMINATED) {
                throw new AssertionError("the second thread finished inside the first thread's transaction");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aClosedStoreRefusesWork() {
        store.close();
        assertThatThrownBy(() -> store.entries().count()).isInstanceOf(StorageException.class)
                .hasMessageContaining("closed");
        store.close();
    }

    @Test
    void anAllOrNothingTransactionWorksWithALargerPageCacheAndGivesItBackAfterwards() {
        String usual = cacheSize();

        String during = store.inAllOrNothingTransaction(() -> {
            store.entries().save(entry("Mange sider på en gang"));
            return cacheSize();
        });

        assertThat(Long.parseLong(during)).isLessThan(Long.parseLong(usual));
        assertThat(cacheSize()).isEqualTo(usual);
        assertThat(store.entries().count()).isEqualTo(1);
    }

    /** Pages when positive, KiB when negative: a larger cache is a more negative number here. */
    private String cacheSize() {
        Database database = store.database();
        return database.read(() -> database.queryOne("PRAGMA cache_size", row -> row.string(1)).orElseThrow());
    }
}
