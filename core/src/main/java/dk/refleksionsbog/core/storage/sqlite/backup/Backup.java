package dk.refleksionsbog.core.storage.sqlite.backup;

import java.nio.file.Path;
import java.time.Instant;

/** One verified backup of the journal, as listed for the Restore command. */
public record Backup(Path file, Instant takenAt, long sizeInBytes) {}
