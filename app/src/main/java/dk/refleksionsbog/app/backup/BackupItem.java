package dk.refleksionsbog.app.backup;

import java.nio.file.Path;
import java.time.Instant;

/** One verified backup of the journal, as the list shows it. */
public record BackupItem(Path file, Instant takenAt, long sizeInBytes) {}
