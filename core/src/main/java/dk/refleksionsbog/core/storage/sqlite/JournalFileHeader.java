package dk.refleksionsbog.core.storage.sqlite;

import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
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
    private static final int PAGE_SIZE_OFFSET = 16;
    private static final int CHANGE_COUNTER_OFFSET = 24;
    private static final int PAGE_COUNT_OFFSET = 28;
    private static final int VERSION_VALID_FOR_OFFSET = 92;

    enum State {
        /** Missing: a new journal may be created here. */
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
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, file, "The journal file " + file + " could not be read: " + failure.getMessage(), failure);
        }
        if (header.length == 0) {
            // Never initialised in place: a new journal is created beside and renamed, so an empty
            // file was made by someone else (or is a copy that failed) and may not be overwritten.
            throw new StorageException(StorageProblem.NOT_A_JOURNAL, file, "The file " + file + " is empty, so it is not a Refleksionsbog journal. "
                    + "A new journal is only created where no file exists. It was left unchanged.");
        }
        if (header.length < HEADER_SIZE || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw new StorageException(StorageProblem.NOT_A_JOURNAL, file, "The file " + file + " is not a Refleksionsbog journal (it is not a database). "
                    + "It was left unchanged.");
        }
        if (ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt() != APPLICATION_ID) {
            throw new StorageException(StorageProblem.NOT_A_JOURNAL, file, "The file " + file + " is a database of another program, not a Refleksionsbog "
                    + "journal. It was left unchanged.");
        }
        refuseTruncated(file, header);
        return State.JOURNAL;
    }

    /**
     * SQLite reads the missing end of a cut-off file as empty pages and only fails later, on some
     * read. The header says how long the file is; while a write-ahead log exists its checkpoint may
     * still be completing the file, so SQLite decides then.
     */
    private static void refuseTruncated(Path file, byte[] header) {
        ByteBuffer fields = ByteBuffer.wrap(header);
        boolean pageCountValid = fields.getInt(CHANGE_COUNTER_OFFSET) == fields.getInt(VERSION_VALID_FOR_OFFSET);
        int pageSizeField = Short.toUnsignedInt(fields.getShort(PAGE_SIZE_OFFSET));
        long pageSize = pageSizeField == 1 ? 65_536 : pageSizeField;
        long expected = pageSize * Integer.toUnsignedLong(fields.getInt(PAGE_COUNT_OFFSET));
        try {
            if (!pageCountValid || expected == 0 || Files.size(file) >= expected || hasWriteAheadLog(file)) {
                return;
            }
        } catch (IOException failure) {
            throw new StorageException(StorageProblem.NOT_ACCESSIBLE, file, "The journal file " + file + " could not be read: " + failure.getMessage(), failure);
        }
        throw new StorageException(StorageProblem.TRUNCATED, file, "The file " + file + " is not a Refleksionsbog journal any more: it has been cut "
                + "short (truncated), so part of it is missing. It was left unchanged. Restore one of its backups.");
    }

    private static boolean hasWriteAheadLog(Path file) throws IOException {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(log) && Files.size(log) > 0;
    }
}
