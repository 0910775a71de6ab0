package dk.refleksionsbog.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class QuietLoggingProviderTest {

    @Test
    @DisplayName("chosen as Main chooses it, SLF4J logs through it: one line per warning on stderr, nothing below WARN, no SLF4J report")
    void logsWarningsQuietly(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LogsAWarning.class.getName())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        assertThat(child.exitValue()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(QuietLoggingProvider.class.getName() + "\n");
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d WARN  d\\.r\\.a\\.l\\.QuietLoggingProviderTest - en advarsel"));
    }

    @Test
    @DisplayName("a provider the JVM was started with is kept")
    void aProviderGivenAtTheStartIsKept() {
        String before = System.getProperty(QuietLoggingProvider.PROVIDER_PROPERTY);
        try {
            System.setProperty(QuietLoggingProvider.PROVIDER_PROPERTY, "some.other.Provider");
            QuietLoggingProvider.choose();
            assertThat(System.getProperty(QuietLoggingProvider.PROVIDER_PROPERTY)).isEqualTo("some.other.Provider");
        } finally {
            if (before == null) {
                System.clearProperty(QuietLoggingProvider.PROVIDER_PROPERTY);
            } else {
                System.setProperty(QuietLoggingProvider.PROVIDER_PROPERTY, before);
            }
        }
    }

    /** Run in a JVM of its own: SLF4J chooses its provider once per JVM. */
    static final class LogsAWarning {
        public static void main(String[] args) {
            QuietLoggingProvider.choose();
            Logger logger = LoggerFactory.getLogger(QuietLoggingProviderTest.class);
            logger.info("en oplysning");
            logger.debug("en detalje");
            logger.warn("en advarsel");
            System.out.println(System.getProperty(QuietLoggingProvider.PROVIDER_PROPERTY));
        }
    }
}
