package dk.refleksionsbog.core.exchange;

import java.util.Objects;

/**
 * An exchange file was not imported because something in it is wrong; the journal is unchanged.
 * The English message names what is wrong and where; {@link #problem()} says what kind of problem it is.
 */
public class ImportRejectedException extends Exception {
    private final ImportProblem problem;

    public ImportRejectedException(String message) {
        this(ImportProblem.INVALID, message, null);
    }

    public ImportRejectedException(String message, Throwable cause) {
        this(ImportProblem.INVALID, message, cause);
    }

    public ImportRejectedException(ImportProblem problem, String message) {
        this(problem, message, null);
    }

    public ImportRejectedException(ImportProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public ImportProblem problem() {
        return problem;
    }
}
