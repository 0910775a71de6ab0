package dk.refleksionsbog.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnvironmentOrConsolePassphraseTest {
    @Test
    @DisplayName("a script's passphrase comes from REFLEKSIONSBOG_PASSPHRASE")
    void fromEnvironment() {
        PassphraseSource source = new EnvironmentOrConsolePassphrase(
                Map.of(EnvironmentOrConsolePassphrase.VARIABLE, "fra miljøet"), null);
        assertThat(source.passphrase("Passphrase", true)).containsExactly("fra miljøet".toCharArray());
    }

    @Test
    @DisplayName("without the variable and without a terminal there is a clear message, not a hang")
    void neitherEnvironmentNorTerminal() {
        PassphraseSource source = new EnvironmentOrConsolePassphrase(Map.of(), null);
        assertThatThrownBy(() -> source.passphrase("Passphrase", false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(EnvironmentOrConsolePassphrase.VARIABLE);
    }
}
