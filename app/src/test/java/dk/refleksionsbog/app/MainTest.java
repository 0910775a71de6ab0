package dk.refleksionsbog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path folder;

    @Test
    @DisplayName("no arguments, only a journal, or only an existing file open the app")
    void desktopApp() throws Exception {
        Path shared = Files.writeString(folder.resolve("loop.refleksion"), "{}");
        assertThat(Main.opensDesktopApp(new String[] {})).isTrue();
        assertThat(Main.opensDesktopApp(new String[] {"--journal", "min.refleksionsbog"})).isTrue();
        assertThat(Main.opensDesktopApp(new String[] {"--journal=min.refleksionsbog"})).isTrue();
        assertThat(Main.opensDesktopApp(new String[] {shared.toString()})).isTrue();
    }

    @Test
    @DisplayName("a subcommand, an option or a mistyped command goes to the command line")
    void commandLine() {
        assertThat(Main.opensDesktopApp(new String[] {"list"})).isFalse();
        assertThat(Main.opensDesktopApp(new String[] {"check"})).isFalse();
        assertThat(Main.opensDesktopApp(new String[] {"--version"})).isFalse();
        assertThat(Main.opensDesktopApp(new String[] {"lsit"})).isFalse();
        assertThat(Main.opensDesktopApp(new String[] {"--journal", "x", "list"})).isFalse();
    }
}
