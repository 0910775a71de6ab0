package dk.refleksionsbog.app.cli;

/** The command cannot run with what it was given; exit code 2 with this message. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
