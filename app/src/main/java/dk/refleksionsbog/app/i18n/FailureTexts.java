package dk.refleksionsbog.app.i18n;

import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.util.Objects;

/**
 * Says a failure in the leader's language. Storage failures carry a {@link StorageProblem}, which
 * is put in words here; their English message is kept for the logs and the command line.
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
