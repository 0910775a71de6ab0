package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.text.Revision;
import java.util.List;
import java.util.UUID;

/** Revisions are written by the repositories when text changes; here they are read and restored. */
public interface RevisionRepository {
    /** Newest first. */
    List<Revision> history(UUID targetId);

    /**
     * Puts the revision's text back into its answer, entry or challenge description, in one
     * transaction; the restore itself becomes the newest revision.
     *
     * @return the restored text
     */
    String restore(UUID revisionId);
}
