package dk.refleksionsbog.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path folder;

    @Test
    void savedSettingsAreReadBackUnchanged() throws IOException {
        SettingsFile file = new SettingsFile(folder.resolve("sub").resolve("ui-settings.json"));
        UiSettings settings = UiSettings.defaults().withTheme(Theme.DARK).withLanguage("en").withTextSize(200)
                .withWindow(new WindowBounds(10, 20, 900, 700, true)).withLastSelection("loop:abc");

        file.save(settings);

        assertThat(file.load()).isEqualTo(settings);
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new SettingsFile(folder.resolve("none.json")).load()).isEqualTo(UiSettings.defaults());
    }

    @Test
    void anUnreadableFileGivesTheDefaultsInsteadOfFailingTheStart() throws IOException {
        Path broken = folder.resolve("ui-settings.json");
        Files.writeString(broken, "{ \"theme\": \"DARK\", ");

        assertThat(new SettingsFile(broken).load()).isEqualTo(UiSettings.defaults());
    }

    @Test
    void unknownValuesFallBackToSafeOnes() throws IOException {
        Path odd = folder.resolve("ui-settings.json");
        Files.writeString(odd, "{\"language\":\"fr\",\"textSizePercent\":333,\"futureSetting\":1}");

        UiSettings settings = new SettingsFile(odd).load();

        assertThat(settings.language()).isEqualTo("da");
        assertThat(settings.textSizePercent()).isEqualTo(100);
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFiles() throws IOException {
        SettingsFile file = new SettingsFile(folder.resolve("ui-settings.json"));
        file.save(UiSettings.defaults());
        file.save(UiSettings.defaults().withTheme(Theme.DARK));

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("ui-settings.json");
        }
        assertThat(file.load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void theFileIsReadableByTheUserOnly() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        SettingsFile file = new SettingsFile(folder.resolve("ui-settings.json"));
        file.save(UiSettings.defaults());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path()))).isEqualTo("rw-------");
    }
}
