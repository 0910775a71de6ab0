package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * Brings a journal's schema up to date, one transaction per version, tracked in
 * {@code PRAGMA user_version}. Costs one pragma read when there is nothing to do.
 */
final class SchemaMigrations {
    private static final List<String> SCRIPTS = List.of("001_initial_schema.sql");

    private SchemaMigrations() {}

    /** The schema version this build writes. */
    static int latestVersion() {
        return SCRIPTS.size();
    }

    static int currentVersion(Database database) throws SQLException {
        return database.queryOne("PRAGMA user_version", row -> Integer.parseInt(row.string(1))).orElse(0);
    }

    /** Refuses a journal from a newer build before anything is written to it. */
    static void refuseNewer(int version) {
        if (version > latestVersion()) {
            throw new StorageException("This journal was written by a newer version of Refleksionsbog (schema "
                    + version + ", this version knows " + latestVersion() + "). Update the app to open it.");
        }
    }

    static void migrate(Database database, int fromVersion) {
        refuseNewer(fromVersion);
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            String script = load(SCRIPTS.get(version - 1));
            int target = version;
            database.transaction(() -> {
                database.execute(script);
                database.execute("PRAGMA application_id = " + JournalFileHeader.APPLICATION_ID);
                database.execute("PRAGMA user_version = " + target);
                return null;
            });
        }
    }

    private static String load(String name) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new IllegalStateException("Migration script unreadable: " + name, failure);
        }
    }
}
