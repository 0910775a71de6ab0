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

    @Test
    void aFileWrittenByTheEarlierDataBindingVersionIsReadUnchanged() throws IOException {
        Path earlier = folder.resolve("ui-settings.json");
        Files.writeString(earlier, """
                {
                  "theme" : "DARK",
                  "language" : "en",
                  "textSizePercent" : 150,
                  "window" : {
                    "x" : 12.5,
                    "y" : 40.0,
                    "width" : 1024.0,
                    "height" : 700.0,
                    "maximized" : false
                  },
                  "lastSelection" : "loop:5f0c"
                }
                """);

        assertThat(new SettingsFile(earlier).load()).isEqualTo(new UiSettings(Theme.DARK, "en", 150,
                new WindowBounds(12.5, 40, 1024, 700, false), "loop:5f0c", BackupSettings.defaults()));
    }

    @Test
    void unknownFieldsOfAnyShapeAreSkippedAndAnUnknownThemeIsLight() throws IOException {
        Path newer = folder.resolve("ui-settings.json");
        Files.writeString(newer, """
                {"futureList":[1,{"a":[2]}],"theme":"SEPIA","futureObject":{"b":{"c":3}},
                 "window":{"x":1,"y":2,"width":800,"height":600,"maximized":true,"screen":{"id":7}},"textSizePercent":125}""");

        UiSettings settings = new SettingsFile(newer).load();

        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.textSizePercent()).isEqualTo(125);
        assertThat(settings.window()).isEqualTo(new WindowBounds(1, 2, 800, 600, true));
    }

    @Test
    void aWindowWithoutAllFourNumbersIsForgotten() throws IOException {
        Path partial = folder.resolve("ui-settings.json");
        Files.writeString(partial, "{\"window\":{\"x\":1,\"y\":\"two\",\"width\":800,\"height\":600}}");

        assertThat(new SettingsFile(partial).load().window()).isNull();
    }

    @Test
    void jsonThatIsNotAnObjectGivesTheDefaults() throws IOException {
        Path list = folder.resolve("ui-settings.json");
        Files.writeString(list, "[\"DARK\"]");

        assertThat(new SettingsFile(list).load()).isEqualTo(UiSettings.defaults());
    }
}
