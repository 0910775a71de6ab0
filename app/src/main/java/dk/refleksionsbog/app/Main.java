package dk.refleksionsbog.app;

import dk.refleksionsbog.app.cli.Cli;
import dk.refleksionsbog.app.logging.QuietLoggingProvider;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point of {@code refleksionsbog.jar}. Without arguments, with only
 * {@code --journal FILE}, or with only an existing file (a double-clicked {@code .refleksion}
 * file), it opens the desktop app; with a subcommand it runs the command line and never starts
 * JavaFX. It does not extend {@code Application}, which is what lets a plain {@code java -jar}
 * start JavaFX from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        QuietLoggingProvider.choose();
        if (opensDesktopApp(args)) {
            App.launchGui(args);
            return;
        }
        int exitCode = Cli.runInTerminal(args);
        System.exit(exitCode);
    }

    /**
     * No arguments, only the journal to open, or only a file (a double-clicked {@code .refleksion}
     * file arrives that way): the app. Anything else is for the command line.
     */
    static boolean opensDesktopApp(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty()) {
            return true;
        }
        String first = arguments.get(0);
        if (arguments.size() == 1) {
            return first.startsWith("--journal=")
                    || !first.startsWith("-") && !Cli.commandNames().contains(first) && isFile(first);
        }
        return arguments.size() == 2 && first.equals("--journal");
    }

    private static boolean isFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}
