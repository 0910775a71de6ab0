package dk.refleksionsbog.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExchangeCryptoTest {
    private static final char[] PASSPHRASE = "korrekt hest batteri hæfteklamme".toCharArray();
    private static final byte[] PLAIN = "{\"format\":\"refleksionsbog-exchange\",\"tekst\":\"æøå\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final ExchangeCrypto CRYPTO = new ExchangeCrypto(new SecureRandom());
    private static byte[] sealed;

    @BeforeAll
    static void encryptOnce() {
        // Key derivation takes a noticeable fraction of a second by design, so the tests share one file.
        sealed = CRYPTO.encrypt(PLAIN, PASSPHRASE);
    }

    @Test
    @DisplayName("an encrypted file decrypts to exactly the original bytes")
    void roundTrip() throws Exception {
        assertThat(ExchangeCrypto.isEncrypted(sealed)).isTrue();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("refleksionsbog-exchange");
        assertThat(CRYPTO.decrypt(sealed, PASSPHRASE)).isEqualTo(PLAIN);
    }

    @Test
    @DisplayName("the header records at least 600,000 PBKDF2 iterations and fresh salt and nonce each time")
    void headerHoldsIterationsSaltAndNonce() {
        byte[] again = CRYPTO.encrypt(PLAIN, PASSPHRASE);
        int iterations = ByteBuffer.wrap(sealed, 7, 4).getInt();

        assertThat(iterations).isGreaterThanOrEqualTo(600_000);
        assertThat(java.util.Arrays.copyOfRange(again, 11, 39))
                .isNotEqualTo(java.util.Arrays.copyOfRange(sealed, 11, 39));
    }

    @Test
    @DisplayName("a wrong passphrase fails with a clear message")
    void wrongPassphrase() {
        assertThatThrownBy(() -> CRYPTO.decrypt(sealed, "forkert kodeord".toCharArray()))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("Wrong passphrase or the file was changed")
                .satisfies(wrong -> assertThat(((ImportRejectedException) wrong).problem())
                        .isEqualTo(ImportProblem.WRONG_PASSPHRASE));
    }

    @Test
    @DisplayName("changing any single byte, header or ciphertext, is detected")
    void tamperingIsDetected() {
        int[] positions = {6, 12, 30, 38, 39, sealed.length / 2, sealed.length - 1};
        for (int position : positions) {
            byte[] changed = sealed.clone();
            changed[position] ^= 0x01;
            assertThatThrownBy(() -> CRYPTO.decrypt(changed, PASSPHRASE))
                    .as("byte %d flipped", position)
                    .isInstanceOf(ImportRejectedException.class);
        }
    }

    @Test
    @DisplayName("a truncated encrypted file is rejected")
    void truncated() {
        byte[] cut = java.util.Arrays.copyOf(sealed, 45);
        assertThatThrownBy(() -> CRYPTO.decrypt(cut, PASSPHRASE)).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    @DisplayName("a header demanding absurd work is refused before any key derivation")
    void hugeIterationCountIsRefused() {
        byte[] changed = sealed.clone();
        ByteBuffer.wrap(changed, 7, 4).putInt(Integer.MAX_VALUE);
        assertThatThrownBy(() -> CRYPTO.decrypt(changed, PASSPHRASE))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("Wrong passphrase or the file was changed");
    }

    @Test
    @DisplayName("a short passphrase is refused when encrypting")
    void shortPassphrase() {
        assertThatThrownBy(() -> CRYPTO.encrypt(PLAIN, "kort".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8 characters");
    }
}
