package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "comment", addMethodSubcommands = false, description = {"Adds a sparring comment to a loop's answer or entry and prints its id.",
    "The commented text itself is never changed."})
final class CommentCommand extends StoreCommand {
    @Option(names = "--on", required = true, paramLabel = "ID", description = "The answer or entry to comment on.")
    private UUID targetId;

    @Option(names = "--author", required = true, paramLabel = "NAME", description = "Who writes the comment.")
    private String author;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The comment.")
    private List<String> words;

    @Override
    protected void run(JournalStore store) {
        UUID loopId = loopOf(store, targetId);
        SparringComment comment = SparringComment.create(UUID.randomUUID(), targetId, loopId, author,
                String.join(" ", words), context().clock().instant());
        store.comments().save(comment);
        out().println(comment.id());
    }

    private static UUID loopOf(JournalStore store, UUID targetId) {
        Optional<Answer> answer = store.answers().find(targetId);
        if (answer.isPresent()) {
            UUID ownerId = answer.get().ownerId();
            if (store.loops().find(ownerId).isEmpty()) {
                throw new BadInputException("Answer " + targetId
                        + " belongs to a meeting or job visit; sparring comments go on a loop's text");
            }
            return ownerId;
        }
        Optional<Entry> entry = store.entries().find(targetId);
        if (entry.isPresent()) {
            if (entry.get().loopId() == null) {
                throw new BadInputException("Entry " + targetId
                        + " is not part of a loop; sparring comments go on a loop's text");
            }
            return entry.get().loopId();
        }
        throw new BadInputException("There is no answer or entry with id " + targetId);
    }
}
