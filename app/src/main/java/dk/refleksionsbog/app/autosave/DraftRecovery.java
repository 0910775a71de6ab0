package dk.refleksionsbog.app.autosave;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts text that was typed but never saved (the program was killed or crashed during the typing
 * pause) into the journal when it is opened next. A draft record is applied only when it is newer
 * than what the journal holds, so drafts whose save did go through change nothing; the journal
 * keeps the text it replaces as a revision, as with any edit. Run it right after opening, before
 * any screen reads the journal, and off the UI thread.
 */
public final class DraftRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(DraftRecovery.class);

    private DraftRecovery() {}

    /** @return how many records were put into the journal */
    public static int recover(JournalStore store) {
        DraftFile file = DraftFile.of(store.path());
        Optional<UnsavedEdits> read;
        try {
            read = file.read();
        } catch (StorageException unreadable) {
            keepAside(file.path());
            LOG.warn("{}", unreadable.getMessage());
            return 0;
        }
        if (read.isEmpty()) {
            return 0;
        }
        UnsavedEdits edits = read.get();
        if (!edits.journalId().equals(store.journal().id())) {
            // Another journal was put in this one's place; its drafts must not land in this one.
            keepAside(file.path());
            LOG.warn("Unsaved text of another journal was found beside {} and kept aside", store.path());
            return 0;
        }
        Outcome outcome = new Outcome();
        apply(store, edits, outcome);
        if (outcome.failed > 0) {
            // Nothing typed is destroyed: what could not be put back stays readable beside the journal.
            keepAside(file.path());
        } else {
            try {
                file.delete();
            } catch (IOException failure) {
                // Applying again changes nothing (the journal's copies are as new), so this only costs a notice.
                LOG.warn("Could not remove the draft file {}: {}", file.path(), failure.toString());
            }
        }
        if (outcome.applied > 0) {
            LOG.info("Put {} unsaved texts from the draft file into the journal", outcome.applied);
        }
        return outcome.applied;
    }

    private static final class Outcome {
        int applied;
        int failed;

        /** Each record in a transaction of its own, so one that no longer fits does not hold back the others. */
        void attempt(JournalStore store, String kind, UUID id, java.util.function.BooleanSupplier apply) {
            try {
                if (store.inTransaction(apply::getAsBoolean)) {
                    applied++;
                }
            } catch (RuntimeException failure) {
                failed++;
                LOG.warn("Could not put the unsaved {} {} into the journal: {}", kind, id, failure.getClass().getSimpleName());
            }
        }
    }

    private static void apply(JournalStore store, UnsavedEdits edits, Outcome outcome) {
        for (Challenge challenge : edits.challenges()) {
            // Challenges are created with their first loop, never by typing, so a missing one was deleted.
            outcome.attempt(store, "challenge", challenge.id(), () -> saveIfNewer(challenge,
                    store.challenges().find(challenge.id()), Challenge::updatedAt, store.challenges()::save, false));
        }
        for (Answer answer : edits.answers()) {
            outcome.attempt(store, "answer", answer.id(), () -> applyAnswer(store, answer));
        }
        for (Entry entry : edits.entries()) {
            outcome.attempt(store, "entry", entry.id(), () -> saveIfNewer(entry, store.entries().find(entry.id()),
                    Entry::updatedAt, store.entries()::save, true));
        }
        for (Loop loop : edits.loops()) {
            // A loop is only ever edited by typing, never created, so a missing one was deleted on purpose.
            outcome.attempt(store, "loop", loop.id(), () -> saveIfNewer(loop, store.loops().find(loop.id()),
                    Loop::updatedAt, store.loops()::save, false));
        }
        for (Meeting meeting : edits.meetings()) {
            outcome.attempt(store, "meeting", meeting.id(), () -> saveIfNewer(meeting,
                    store.meetings().find(meeting.id()), Meeting::updatedAt, store.meetings()::save, true));
        }
        for (JobVisit visit : edits.jobVisits()) {
            outcome.attempt(store, "job visit", visit.id(), () -> saveIfNewer(visit,
                    store.jobVisits().find(visit.id()), JobVisit::updatedAt, store.jobVisits()::save, true));
        }
    }

    private static boolean applyAnswer(JournalStore store, Answer answer) {
        if (!ownerExists(store, answer.ownerId())) {
            return false;
        }
        Optional<Answer> stored = store.answers().find(answer.id())
                .or(() -> store.answers().find(answer.ownerId(), answer.fieldKey()));
        if (stored.isEmpty()) {
            store.answers().save(answer);
            return true;
        }
        if (!newer(answer.updatedAt(), stored.get().updatedAt())) {
            return false;
        }
        store.answers().save(stored.get().withText(answer.text(), answer.updatedAt()));
        return true;
    }

    private static <T> boolean saveIfNewer(T draft, Optional<T> stored, Function<T, Instant> updatedAt,
            Consumer<T> save, boolean mayBeNew) {
        if (stored.isEmpty() ? !mayBeNew : !newer(updatedAt.apply(draft), updatedAt.apply(stored.get()))) {
            return false;
        }
        save.accept(draft);
        return true;
    }

    private static boolean newer(Instant draft, Instant stored) {
        return draft.isAfter(stored);
    }

    /** The answer's loop, meeting or job visit; an answer whose owner was deleted is not brought back. */
    private static boolean ownerExists(JournalStore store, UUID ownerId) {
        return store.loops().find(ownerId).isPresent() || store.meetings().find(ownerId).isPresent()
                || store.jobVisits().find(ownerId).isPresent();
    }

    private static void keepAside(Path draft) {
        try {
            Files.move(draft, draft.resolveSibling(draft.getFileName() + "-" + System.currentTimeMillis()));
        } catch (IOException failure) {
            LOG.warn("Could not move the draft file {} aside: {}", draft, failure.toString());
        }
    }
}
