package dk.refleksionsbog.core.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each start loads SQLite's native library from the cache instead of unpacking it into the temporary folder. */
class SqliteNativeLibraryTest {
    @TempDir
    Path folder;

    @Test
    void theLibraryIsUnpackedOnceIntoAUserOnlyCacheAndNothingLandsInTheTemporaryFolder() throws Exception {
        Path cache = folder.resolve("cache");
        Path temporary = Files.createDirectory(folder.resolve("tmp"));

        assertThat(startOpeningAJournal(cache, temporary, "first")).isEqualTo("opened with the cached library");
        Path library;
        try (Stream<Path> files = Files.list(cache.resolve("sqlite-native"))) {
            List<Path> unpacked = files.toList();
            assertThat(unpacked).hasSize(1);
            library = unpacked.get(0);
        }
        FileTime unpackedAt = Files.getLastModifiedTime(library);
        assertThat(startOpeningAJournal(cache, temporary, "second")).isEqualTo("opened with the cached library");

        assertThat(Files.getLastModifiedTime(library)).isEqualTo(unpackedAt);
        if (library.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(library.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aLibraryTheLauncherAlreadyChoseIsLeftAlone() {
        String before = System.getProperty(SqliteNativeLibrary.LIBRARY_FOLDER);
        System.setProperty(SqliteNativeLibrary.LIBRARY_FOLDER, folder.resolve("from-the-launcher").toString());
        try {
            assertThat(SqliteNativeLibrary.useCacheIn(folder.resolve("cache"))).isEmpty();
            assertThat(folder.resolve("cache")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty(SqliteNativeLibrary.LIBRARY_FOLDER);
            } else {
                System.setProperty(SqliteNativeLibrary.LIBRARY_FOLDER, before);
            }
        }
    }

    /** A fresh JVM, as a start of the app is: the driver loads its library only once per process. */
    private String startOpeningAJournal(Path cache, Path temporary, String journalName)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"),
                OpensAJournal.class.getName(), cache.toString(), folder.resolve(journalName + ".refleksionsbog").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * The child process: points the driver at the cache, then opens a journal and looks for a copy
     * of the library in the temporary folder while it is open (the driver deletes its copy at exit).
     */
    static final class OpensAJournal {
        public static void main(String[] args) throws IOException {
            Path library = SqliteNativeLibrary.useCacheIn(Path.of(args[0])).orElseThrow();
            try (SqliteJournalStore store = SqliteJournalStore.open(Path.of(args[1]), Clock.systemUTC());
                    Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                store.journal();
                boolean unpackedAgain = temporary.anyMatch(file -> file.getFileName().toString().startsWith("sqlite-"));
                System.out.println(unpackedAgain ? "unpacked into the temporary folder"
                        : Files.isRegularFile(library) ? "opened with the cached library" : "no library");
            }
        }
    }
}
