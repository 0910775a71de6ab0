package dk.refleksionsbog.app.cli;

/** Where an export or import passphrase comes from: a script's environment or the person at the terminal. */
@FunctionalInterface
public interface PassphraseSource {
    /**
     * @param confirm ask twice (when typed), for a new passphrase that must not contain a typo
     * @throws BadInputException when there is no way to get a passphrase
     */
    char[] passphrase(String prompt, boolean confirm);
}
