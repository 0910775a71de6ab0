package dk.refleksionsbog.app.autosave;

import dk.refleksionsbog.app.answer.AnswerField;
import dk.refleksionsbog.app.answer.AnswerFields;
import dk.refleksionsbog.app.concurrent.SameThreadExecutor;
import dk.refleksionsbog.app.testing.TickingClock;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.TemplateSet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * The child process of {@link AutosaveKillTest}: types like the loop screen does, the way the app
 * wires it (journal, autosave with its draft writer on its own thread), lets one typing pause end
 * and then types on, and reports when the draft writer has caught up. It then waits to be killed;
 * its typing pause never ends, because the same-thread executor runs the pause only when told.
 *
 * <p>Arguments: journal file, loop id, first text, text typed on, new note's id.
 */
public final class TypingThenKilled {
    private TypingThenKilled() {}

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[0]);
        UUID loopId = UUID.fromString(args[1]);
        TickingClock clock = TickingClock.at("2026-11-23T13:00:00Z");
        TemplateSet templates = TemplateRegistry.loadDefault().defaultSet();
        SameThreadExecutor executor = new SameThreadExecutor();
        ExecutorService draftWorker = DraftWriter.newWorker();
        JournalStore store = SqliteJournalStore.open(journal, clock);
        Autosave autosave = new Autosave(store, executor, clock, Autosave.DEFAULT_PAUSE,
                new DraftWriter(DraftFile.of(store.path()), store.journal().id(), draftWorker));
        AnswerFields answers = new AnswerFields(loopId, store.answers().listByOwner(loopId), autosave, clock,
                templates.wording("da", ""), false);
        AnswerField field = answers.field(templates.questionsFor(Phase.CHALLENGE).get(0));

        typeInto(field, args[2]);
        executor.runScheduled();
        clock.advance(Duration.ofSeconds(4));
        typeInto(field, args[2] + args[3]);
        autosave.edited(Entry.create(UUID.fromString(args[4]), EntryKind.NOTE, "Noten blev aldrig gemt",
                LocalDate.of(2026, 11, 23), clock.instant()));
        // The worker runs its tasks in order: once this one has run, every state typed above is on disk.
        draftWorker.submit(() -> { }).get();
        System.out.println("TYPED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void typeInto(AnswerField field, String text) {
        int typedAlready = field.textProperty().get().length();
        for (int end = typedAlready + 1; end <= text.length(); end++) {
            field.textProperty().set(text.substring(0, end));
        }
    }
}
