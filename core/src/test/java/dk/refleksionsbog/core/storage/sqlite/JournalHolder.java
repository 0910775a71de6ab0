package dk.refleksionsbog.core.storage.sqlite;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** A second process for the lock test: opens the journal, says so, and closes it when told to. */
public final class JournalHolder {
    private JournalHolder() {}

    public static void main(String[] args) throws Exception {
        try (SqliteJournalStore store = SqliteJournalStore.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.println("open");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("closed");
    }
}
