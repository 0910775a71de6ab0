package dk.refleksionsbog.app.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The rolling backups of the open journal; the wiring point backs it with the store's backup service. */
public interface JournalBackups {

    Path folder();

    /** Newest first. */
    List<BackupItem> list();

    BackupItem backUpNow();

    /**
     * Puts the backup in place of the journal, which must be closed.
     *
     * @return the backup of the state replaced; empty when only a raw copy of it could be kept
     */
    Optional<BackupItem> restore(BackupItem chosen);
}
