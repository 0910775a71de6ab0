package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Model.CommandSpec;

final class CommentCommand extends StoreCommand {
    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "comment",
                "Adds a sparring comment to a loop's answer or entry and prints its id.",
                "The commented text itself is never changed.");
        spec.addOption(CommandModel.required("--on", UUID.class, "ID", "The answer or entry to comment on."));
        spec.addOption(CommandModel.required("--author", String.class, "NAME", "Who writes the comment."));
        spec.addPositional(CommandModel.words("TEXT", "The comment."));
        return spec;
    }

    @Override
    protected void run(JournalStore store) {
        UUID targetId = option("--on");
        String author = option("--author");
        List<String> words = parameter();
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
