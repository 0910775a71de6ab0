package dk.refleksionsbog.app.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Map;

/** Takes the passphrase from {@value #VARIABLE} when set (for scripts), else asks on the terminal without echo. */
public final class EnvironmentOrConsolePassphrase implements PassphraseSource {
    public static final String VARIABLE = "REFLEKSIONSBOG_PASSPHRASE";

    private final Map<String, String> environment;
    private final Console console;

    public EnvironmentOrConsolePassphrase(Map<String, String> environment, Console console) {
        this.environment = environment;
        this.console = console;
    }

    @Override
    public char[] passphrase(String prompt, boolean confirm) {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        if (console == null) {
            throw new BadInputException("No passphrase: set " + VARIABLE + " or run the command in a terminal");
        }
        char[] typed = console.readPassword("%s: ", prompt);
        if (typed == null || typed.length == 0) {
            throw new BadInputException("No passphrase was typed");
        }
        if (confirm) {
            char[] again = console.readPassword("Repeat the passphrase: ");
            boolean same = Arrays.equals(typed, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(typed, '\0');
                throw new BadInputException("The two passphrases differ");
            }
        }
        return typed;
    }
}
