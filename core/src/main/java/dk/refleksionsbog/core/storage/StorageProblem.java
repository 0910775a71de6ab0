package dk.refleksionsbog.core.storage;

/**
 * What kind of storage failure happened, so a user interface can say it in the user's own
 * language; the exception's message stays the English text for the command line and the logs.
 */
public enum StorageProblem {
    /** The file is not a Refleksionsbog journal (empty, not a database, another program's database). */
    NOT_A_JOURNAL,
    /** The journal file has been cut short, so part of it is missing. */
    TRUNCATED,
    /** The journal was written by a newer version of the app. */
    NEWER_VERSION,
    /** Another window or process has the journal open. */
    LOCKED,
    DISK_FULL,
    /** The journal file or its folder cannot be written to. */
    READ_ONLY,
    /** Another program holds the database for a moment. */
    BUSY,
    /** SQLite found the file damaged. */
    DAMAGED,
    /** The journal file was deleted or replaced while open; what was saved was copied to the file given. */
    JOURNAL_LOST,
    /** As {@link #JOURNAL_LOST}, but the copy to safety failed too. */
    JOURNAL_LOST_NOT_RESCUED,
    /** Updating an older journal failed; it was put back as it was. */
    MIGRATION_FAILED,
    /** The file or folder could not be read, created or locked (permissions, a missing drive). */
    NOT_ACCESSIBLE,
    /** Anything else; only the English message describes it. */
    OTHER
}
