package dk.refleksionsbog.core.exchange;

/**
 * Why an exchange file was not imported, so a user interface can say it in the user's language;
 * the exception's English message keeps the details (what and where) for the command line.
 */
public enum ImportProblem {
    /** The file is not a valid exchange file, or was changed or damaged on the way. */
    INVALID,
    /** Written or encrypted by a newer version of the app. */
    NEWER_VERSION,
    /** The passphrase does not open the file, or the encrypted file was changed. */
    WRONG_PASSPHRASE,
    /** The file is encrypted and no passphrase was given. */
    PASSPHRASE_NEEDED,
    /** The file is missing or could not be read. */
    NOT_READABLE
}
