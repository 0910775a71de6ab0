package dk.refleksionsbog.core.storage.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.storage.JournalLockedException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second instance is turned away while another process is busy writing, and the writer never notices. */
class SecondInstanceTest {
    private static final int ACKNOWLEDGEMENTS_BEFORE = 5;
    private static final int ACKNOWLEDGEMENTS_AFTER = 10;

    @TempDir
    Path folder;

    @Test
    @DisplayName("opening a journal another process is writing fails clearly, and the writer's work is all kept")
    void secondInstanceIsRefusedWhileTheFirstWrites() throws Exception {
        Path journal = folder.resolve("journal.refleksionsbog");
        AcknowledgementLedger ledger = new AcknowledgementLedger();
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                        CrashWriter.class.getName(), journal.toString(), "77")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int refusals = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            int acknowledgements = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                if (ledger.read(line)) {
                    acknowledgements++;
                }
                if (acknowledgements == ACKNOWLEDGEMENTS_BEFORE && refusals == 0) {
                    for (int attempt = 0; attempt < 3; attempt++) {
                        assertThatThrownBy(() -> CrashJournal.open(journal).close())
                                .isInstanceOf(JournalLockedException.class)
                                .hasMessageContaining("already open in another Refleksionsbog window");
                        refusals++;
                    }
                }
                if (acknowledgements == ACKNOWLEDGEMENTS_BEFORE + ACKNOWLEDGEMENTS_AFTER) {
                    writer.toHandle().destroyForcibly();
                }
            }
        } finally {
            writer.toHandle().destroyForcibly();
            writer.waitFor();
        }

        assertThat(refusals).isEqualTo(3);
        assertThat(ledger.acknowledgedUnits())
                .as("the first instance kept writing after being contested")
                .isGreaterThanOrEqualTo(ACKNOWLEDGEMENTS_BEFORE + ACKNOWLEDGEMENTS_AFTER);
        CrashDurabilityTest.verify(journal, ledger, "second instance");
    }
}
