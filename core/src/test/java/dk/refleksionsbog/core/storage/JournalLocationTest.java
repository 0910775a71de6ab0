package dk.refleksionsbog.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalLocationTest {
    private static final Path HOME = Path.of("/home/mette");

    @Test
    void linuxUsesTheXdgDataHome() {
        assertThat(JournalLocation.defaultJournal(Map.of("XDG_DATA_HOME", "/data/mette"), "Linux", HOME))
                .isEqualTo(Path.of("/data/mette/refleksionsbog/journal.refleksionsbog"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        assertThat(JournalLocation.defaultJournal(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/mette/.local/share/refleksionsbog/journal.refleksionsbog"));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(JournalLocation.defaultJournal(Map.of("XDG_DATA_HOME", "relative/data"), "Linux", HOME))
                .isEqualTo(Path.of("/home/mette/.local/share/refleksionsbog/journal.refleksionsbog"));
    }

    @Test
    void windowsUsesAppData() {
        Path journal = JournalLocation.defaultJournal(Map.of("APPDATA", "C:\\Users\\mette\\AppData\\Roaming"),
                "Windows 11", HOME);
        assertThat(journal.getFileName()).hasToString("journal.refleksionsbog");
        assertThat(journal.getParent().getFileName()).hasToString("Refleksionsbog");
        assertThat(journal.toString()).startsWith("C:\\Users\\mette\\AppData\\Roaming");
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(JournalLocation.defaultJournal(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/mette/Library/Application Support/Refleksionsbog/journal.refleksionsbog"));
    }

    @Test
    void theRealDefaultIsAnAbsoluteJournalFile() {
        assertThat(JournalLocation.defaultJournal()).isAbsolute().hasFileName(JournalLocation.FILE_NAME);
    }

    @Test
    void theCacheFolderFollowsEachPlatformsConvention() {
        assertThat(JournalLocation.cacheFolder(Map.of("XDG_CACHE_HOME", "/cache/mette"), "Linux", HOME))
                .isEqualTo(Path.of("/cache/mette/refleksionsbog"));
        assertThat(JournalLocation.cacheFolder(Map.of("XDG_CACHE_HOME", "relative"), "Linux", HOME))
                .isEqualTo(Path.of("/home/mette/.cache/refleksionsbog"));
        assertThat(JournalLocation.cacheFolder(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/mette/Library/Caches/Refleksionsbog"));
        assertThat(JournalLocation.cacheFolder(Map.of("LOCALAPPDATA", "C:\\Users\\mette\\AppData\\Local"), "Windows 11", HOME)
                .toString()).startsWith("C:\\Users\\mette\\AppData\\Local").contains("Refleksionsbog");
    }
}
