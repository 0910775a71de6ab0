package dk.refleksionsbog.app.i18n;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.exchange.ImportProblem;
import dk.refleksionsbog.core.exchange.ImportRejectedException;
import dk.refleksionsbog.core.storage.StorageException;
import dk.refleksionsbog.core.storage.StorageProblem;
import java.util.Objects;

/**
 * Says a failure in the leader's language. Storage failures, rejected imports and broken rules
 * carry their kind ({@link StorageProblem}, {@link ImportProblem}, {@link DomainRuleViolation.Kind}),
 * which is put in words here; their English message is kept for the logs and the command line.
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
        if (failure instanceof DomainRuleViolation violation) {
            return describe(violation);
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

    /** Why the journal's rules refused an edit or a move; a rule without a kind is said with its message. */
    public String describe(DomainRuleViolation violation) {
        if (violation instanceof InputRefusedException refused) {
            return describe(refused.problem(), refused.details().toArray());
        }
        DomainRuleViolation.Kind kind = violation.kind();
        return kind == DomainRuleViolation.Kind.OTHER
                ? messages.format(key(kind), String.valueOf(violation.getMessage()))
                : messages.format(key(kind));
    }

    /** Why a form refused the input, e.g. that the title is missing; details fill the text, e.g. what was typed. */
    public String describe(InputProblem problem, Object... details) {
        return messages.format(key(problem), details);
    }

    /** The message key of an input problem, e.g. "error.input.titleMissing". */
    public static String key(InputProblem problem) {
        return "error.input." + switch (problem) {
            case TITLE_MISSING -> "titleMissing";
            case TITLE_TOO_LONG -> "titleTooLong";
            case TEXT_MISSING -> "textMissing";
            case TAG_TOO_LONG -> "tagTooLong";
            case DECISION_MISSING -> "decisionMissing";
            case START_TIME_UNREADABLE -> "startTimeUnreadable";
        };
    }

    /**
     * The message key of a broken rule, e.g. "error.rule.meetingDateMissing"; a rule that a form
     * also checks itself shares that check's text.
     */
    public static String key(DomainRuleViolation.Kind kind) {
        return switch (kind) {
            case CHALLENGE_TITLE_MISSING -> key(InputProblem.TITLE_MISSING);
            case CHALLENGE_TITLE_TOO_LONG -> key(InputProblem.TITLE_TOO_LONG);
            case ENTRY_TEXT_MISSING -> key(InputProblem.TEXT_MISSING);
            case TAG_TOO_LONG -> key(InputProblem.TAG_TOO_LONG);
            case NEXT_ACTION_MISSING -> key(InputProblem.DECISION_MISSING);
            case MEETING_DATE_MISSING -> "error.rule.meetingDateMissing";
            case MEETING_DURATION_OUT_OF_RANGE -> "error.rule.meetingDurationOutOfRange";
            case RATING_OUT_OF_RANGE -> "error.rule.ratingOutOfRange";
            case PHASE_SKIPPED -> "error.rule.phaseSkipped";
            case PHASE_ALREADY_CURRENT -> "error.rule.phaseAlreadyCurrent";
            case LOOP_FINISHED -> "error.rule.loopFinished";
            case LOOP_IN_LAST_PHASE -> "error.rule.loopInLastPhase";
            case LOOP_NOT_IN_NEW_ACTION -> "error.rule.loopNotInNewAction";
            case NO_LONGER_IN_JOURNAL -> "error.rule.noLongerInJournal";
            case OTHER -> "error.rule.other";
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
