package dk.refleksionsbog.app.answer;

import java.util.UUID;

/** A row in the list of an {@link OwnedAnswersEditor}: it names the record it stands for. */
public interface OwnedItem {
    UUID id();
}
