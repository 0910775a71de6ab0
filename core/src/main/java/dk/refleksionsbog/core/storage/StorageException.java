package dk.refleksionsbog.core.storage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal file could not be read or written. The message is English, for the command line and
 * the logs; {@link #problem()} and {@link #file()} let a user interface say it in the user's language.
 */
public class StorageException extends RuntimeException {
    private final StorageProblem problem;
    private final Path file;

    public StorageException(String message, Throwable cause) {
        this(StorageProblem.OTHER, null, message, cause);
    }

    public StorageException(String message) {
        this(StorageProblem.OTHER, null, message, null);
    }

    /** @param file the file the problem is about, or null when none is worth naming */
    public StorageException(StorageProblem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.file = file;
    }

    public StorageException(StorageProblem problem, Path file, String message) {
        this(problem, file, message, null);
    }

    public StorageProblem problem() {
        return problem;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
