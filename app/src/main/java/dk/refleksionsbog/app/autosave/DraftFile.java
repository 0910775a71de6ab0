package dk.refleksionsbog.app.autosave;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.refleksionsbog.core.storage.AtomicFiles;
import dk.refleksionsbog.core.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The small file beside a journal that holds what was typed but not yet saved, so a crash or a
 * kill during the typing pause loses nothing. It lives in the journal's own (user-only) folder,
 * is written atomically and user-only, and is removed once everything in it is in the journal.
 */
public final class DraftFile {
    static final String SUFFIX = "-drafts";

    private final Path file;

    private DraftFile(Path file) {
        this.file = file;
    }

    /**
     * The draft file of a journal. Named after the journal's real path, so the same journal reached
     * by a link or another spelling of its path finds the same drafts.
     */
    public static DraftFile of(Path journal) {
        Path real;
        try {
            real = journal.toRealPath();
        } catch (IOException notThereYet) {
            real = journal.toAbsolutePath().normalize();
        }
        return new DraftFile(real.resolveSibling(real.getFileName() + SUFFIX));
    }

    public Path path() {
        return file;
    }

    /** The edits in the file; empty when there is none, or it cannot be read (it is then left as it is). */
    public Optional<UnsavedEdits> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Json.MAPPER.readValue(file.toFile(), UnsavedEdits.class));
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw new StorageException("The unsaved text in " + file + " could not be read, so it was left there: "
                    + unreadable.getClass().getSimpleName(), unreadable);
        } catch (IOException failure) {
            throw new StorageException("The unsaved text in " + file + " could not be read: " + failure.getMessage(),
                    failure);
        }
    }

    /** Replaces the file with these edits, or removes it when there are none. */
    void write(UnsavedEdits edits) throws IOException {
        if (edits.isEmpty()) {
            delete();
        } else {
            AtomicFiles.write(file, Json.MAPPER.writeValueAsBytes(edits));
        }
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Made on the first draft read or written, not with the file: every start makes a DraftFile,
     * and setting up data binding costs a cold start ~20 ms of processor time it rarely needs.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
