package dk.refleksionsbog.core.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.refleksionsbog.core.storage.sqlite.SqliteJournalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.stream.Stream;

/** Journals on disk and the helpers the exchange tests share. */
final class ExchangeFixture {
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final Clock OWNER_CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZONE);
    static final Clock PARTNER_CLOCK = Clock.fixed(Instant.parse("2026-11-25T13:30:00Z"), ZONE);
    static final Clock LATER_CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZONE);

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeFixture() {}

    static SqliteJournalStore open(Path folder, String name, Clock clock) {
        return SqliteJournalStore.open(folder.resolve(name + ".refleksionsbog"), clock);
    }

    static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The document without what legitimately differs between two exports of the same content. */
    static JsonNode content(byte[] json) {
        ObjectNode tree = (ObjectNode) tree(json);
        tree.remove("exportedAt");
        return tree;
    }

    /** A fingerprint of every file of a journal (the database and its WAL), to prove nothing was written. */
    static String fingerprint(Path journal) {
        try (Stream<Path> files = Files.list(journal.getParent())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(each -> each.getFileName().toString().startsWith(
                    journal.getFileName().toString())).sorted().toList()) {
                if (file.getFileName().toString().endsWith("-shm") || Files.isDirectory(file)) {
                    continue;
                }
                digest.update(file.getFileName().toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
