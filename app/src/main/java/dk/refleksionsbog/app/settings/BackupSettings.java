package dk.refleksionsbog.app.settings;

/**
 * Where the automatic backups go and how many are kept.
 *
 * @param folder the folder the leader chose; null for the default, {@code backups/} beside the journal
 * @param keep how many of the newest backups are kept, between 1 and {@link #MAX_KEEP}
 */
public record BackupSettings(String folder, int keep) {
    public static final int DEFAULT_KEEP = 10;
    public static final int MAX_KEEP = 100;

    public BackupSettings {
        folder = folder == null || folder.isBlank() ? null : folder;
        keep = keep >= 1 && keep <= MAX_KEEP ? keep : DEFAULT_KEEP;
    }

    public static BackupSettings defaults() {
        return new BackupSettings(null, DEFAULT_KEEP);
    }
}
