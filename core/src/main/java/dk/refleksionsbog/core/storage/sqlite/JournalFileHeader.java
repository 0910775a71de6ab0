package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the first bytes of a file, before SQLite ever touches it, to tell a Refleksionsbog journal
 * from a new file and from anything else. A file that is not ours is never opened for writing.
 */
final class JournalFileHeader {
    /** "RFLB" in the SQLite header's application_id field marks our journals. */
    static final int APPLICATION_ID = 0x52464C42;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 100;
    private static final int APPLICATION_ID_OFFSET = 68;

    enum State {
        /** Missing or empty: may be initialised as a new journal. */
        NEW,
        JOURNAL
    }

    private JournalFileHeader() {}

    static State inspect(Path file) {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_SIZE);
        } catch (NoSuchFileException missing) {
            return State.NEW;
        } catch (IOException failure) {
            throw new StorageException("The journal file " + file + " could not be read: " + failure.getMessage(), failure);
        }
        if (header.length == 0) {
            return State.NEW;
        }
        if (header.length < HEADER_SIZE || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw new StorageException("The file " + file + " is not a Refleksionsbog journal (it is not a database). "
                    + "It was left unchanged.");
        }
        if (ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt() != APPLICATION_ID) {
            throw new StorageException("The file " + file + " is a database of another program, not a Refleksionsbog "
                    + "journal. It was left unchanged.");
        }
        return State.JOURNAL;
    }
}
