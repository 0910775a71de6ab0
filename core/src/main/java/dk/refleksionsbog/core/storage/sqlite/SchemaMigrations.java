package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * Brings a journal's schema up to date, one transaction per version, tracked in
 * {@code PRAGMA user_version}. Costs one pragma read when there is nothing to do. Script n (1-based)
 * in the list takes the schema from version n-1 to n; a new version is a new script at the end.
 */
final class SchemaMigrations {
    static final SchemaMigrations JOURNAL = new SchemaMigrations("migrations/", List.of("001_initial_schema.sql"));

    private final String folder;
    private final List<String> scripts;

    /** @param folder resource folder relative to this class */
    SchemaMigrations(String folder, List<String> scripts) {
        this.folder = folder;
        this.scripts = List.copyOf(scripts);
    }

    /** The schema version this build writes. */
    int latestVersion() {
        return scripts.size();
    }

    static int currentVersion(Database database) throws SQLException {
        return database.queryOne("PRAGMA user_version", row -> Integer.parseInt(row.string(1))).orElse(0);
    }

    boolean isNewerThanKnown(int version) {
        return version > latestVersion();
    }

    /** Refuses a journal from a newer build before anything is written to it. */
    void refuseNewer(int version) {
        if (isNewerThanKnown(version)) {
            throw new StorageException(StorageProblem.NEWER_VERSION, null, "This journal was written by a newer version of Refleksionsbog (schema "
                    + version + ", this version knows " + latestVersion() + "). Update the app to open it.");
        }
    }

    /** Applies the missing versions in order; a failing version is rolled back and the ones before it stay. */
    void migrate(Database database, int fromVersion) {
        refuseNewer(fromVersion);
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            String name = scripts.get(version - 1);
            String script = load(name);
            int target = version;
            try {
                database.transaction(() -> {
                    database.execute(script);
                    database.execute("PRAGMA application_id = " + JournalFileHeader.APPLICATION_ID);
                    database.execute("PRAGMA user_version = " + target);
                    return null;
                });
            } catch (StorageException failure) {
                throw new StorageException(failure.problem(), failure.file().orElse(null),
                        "The journal could not be updated to schema " + target + " (" + name
                        + "); it was left at schema " + (target - 1) + ". " + failure.getMessage(), failure);
            }
        }
    }

    private String load(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the build: " + folder + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new IllegalStateException("Migration script unreadable: " + folder + name, failure);
        }
    }
}
