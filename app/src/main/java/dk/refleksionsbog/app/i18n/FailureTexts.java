package dk.refleksionsbog.app.i18n;

import dk.refleksionsbog.core.exchange.ImportProblem;
import dk.refleksionsbog.core.exchange.ImportRejectedException;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.util.Objects;

/**
 * Says a failure in the leader's language. Storage failures and rejected imports carry their kind
 * ({@link StorageProblem}, {@link ImportProblem}), which is put in words here; their English
 * message is kept for the logs and the command line.
 */
public final class FailureTexts {
    private final Messages messages;

    private FailureTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public static FailureTexts of(Messages messages) {
        return new FailureTexts(messages);
    }

    /** "da" or "en". */
    public static FailureTexts forLanguage(String language) {
        return of(Messages.forLanguage(language));
    }

    public String describe(Throwable failure) {
        if (failure instanceof StorageException storage) {
            return describe(storage);
        }
        if (failure instanceof ImportRejectedException rejected) {
            return rejected.problem() == ImportProblem.INVALID
                    ? messages.format(key(rejected.problem()), String.valueOf(rejected.getMessage()))
                    : messages.format(key(rejected.problem()));
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private String describe(StorageException failure) {
        StorageProblem problem = failure.problem();
        String file = failure.file().map(Object::toString).orElse(null);
        return switch (problem) {
            case OTHER -> messages.format(key(problem), String.valueOf(failure.getMessage()));
            // The file named here is the copy the leader is to open, so it belongs in the sentence.
            case JOURNAL_LOST, MIGRATION_FAILED -> messages.format(key(problem), file);
            default -> file == null ? messages.format(key(problem))
                    : messages.format(key(problem)) + " " + messages.format("error.storage.file", file);
        };
    }

    /** Why a form refused the input, e.g. that the title is missing. */
    public String describe(InputProblem problem) {
        return messages.format(key(problem));
    }

    /** The message key of an input problem, e.g. "error.input.titleMissing". */
    public static String key(InputProblem problem) {
        return "error.input." + switch (problem) {
            case TITLE_MISSING -> "titleMissing";
            case TITLE_TOO_LONG -> "titleTooLong";
            case TEXT_MISSING -> "textMissing";
            case TAG_TOO_LONG -> "tagTooLong";
            case DECISION_MISSING -> "decisionMissing";
        };
    }

    /** The message key of an import problem, e.g. "error.import.wrongPassphrase". */
    public static String key(ImportProblem problem) {
        return "error.import." + switch (problem) {
            case INVALID -> "invalid";
            case NEWER_VERSION -> "newerVersion";
            case WRONG_PASSPHRASE -> "wrongPassphrase";
            case PASSPHRASE_NEEDED -> "passphraseNeeded";
            case NOT_READABLE -> "notReadable";
        };
    }

    /** The message key of a problem, e.g. "error.storage.diskFull". */
    public static String key(StorageProblem problem) {
        return "error.storage." + switch (problem) {
            case NOT_A_JOURNAL -> "notAJournal";
            case TRUNCATED -> "truncated";
            case NEWER_VERSION -> "newerVersion";
            case LOCKED -> "locked";
            case DISK_FULL -> "diskFull";
            case READ_ONLY -> "readOnly";
            case BUSY -> "busy";
            case DAMAGED -> "damaged";
            case JOURNAL_LOST -> "journalLost";
            case JOURNAL_LOST_NOT_RESCUED -> "journalLostNotRescued";
            case MIGRATION_FAILED -> "migrationFailed";
            case NOT_ACCESSIBLE -> "notAccessible";
            case OTHER -> "other";
        };
    }
}
