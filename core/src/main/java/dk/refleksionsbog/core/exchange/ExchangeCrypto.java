package dk.refleksionsbog.core.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passphrase encryption of an exchange file: AES-256-GCM with a key derived by
 * PBKDF2-HMAC-SHA256. The file is a header followed by the ciphertext and GCM tag:
 *
 * <pre>
 * magic "RFBENC" (6 bytes) | version 1 (1 byte) | iterations (4 bytes, big-endian)
 * | salt (16 bytes) | nonce (12 bytes) | ciphertext + 16-byte tag
 * </pre>
 *
 * The whole header is the GCM associated data, so changing any byte of the file, header
 * included, makes decryption fail instead of yielding altered content.
 */
public final class ExchangeCrypto {
    public static final int ITERATIONS = 600_000;
    /** Reading refuses fewer (a weakened file) and many more (a file meant to hang the importer). */
    static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_PASSPHRASE_LENGTH = 8;

    private static final byte[] MAGIC = "RFBENC".getBytes(StandardCharsets.US_ASCII);
    /** How many leading bytes {@link #isEncrypted} needs to see. */
    static final int MAGIC_LENGTH = MAGIC.length;
    private static final byte VERSION = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BITS = 256;
    private static final int HEADER_BYTES = MAGIC.length + 1 + Integer.BYTES + SALT_BYTES + NONCE_BYTES;
    private static final String WRONG_OR_CHANGED = "Wrong passphrase or the file was changed";

    private final SecureRandom random;

    public ExchangeCrypto(SecureRandom random) {
        this.random = random;
    }

    public ExchangeCrypto() {
        this(new SecureRandom());
    }

    public static boolean isEncrypted(byte[] file) {
        return file.length >= MAGIC.length && Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    public byte[] encrypt(byte[] plain, char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException("A passphrase has at least " + MIN_PASSPHRASE_LENGTH + " characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES)
                .put(MAGIC).put(VERSION).putInt(ITERATIONS).put(salt).put(nonce)
                .array();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, ITERATIONS, nonce);
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM or PBKDF2 is not available in this Java runtime", unavailable);
        }
    }

    public byte[] decrypt(byte[] file, char[] passphrase) throws ImportRejectedException {
        if (!isEncrypted(file)) {
            throw new ImportRejectedException("The file is not an encrypted Refleksionsbog export");
        }
        if (file.length < HEADER_BYTES + TAG_BITS / 8) {
            throw new ImportRejectedException("The encrypted file is too short; it may be truncated");
        }
        ByteBuffer header = ByteBuffer.wrap(file, 0, HEADER_BYTES);
        header.position(MAGIC.length);
        byte version = header.get();
        if (version != VERSION) {
            throw new ImportRejectedException(ImportProblem.NEWER_VERSION,
                    "The file was encrypted by a newer Refleksionsbog (encryption version "
                    + version + "); update Refleksionsbog to import it");
        }
        int iterations = header.getInt();
        if (iterations < ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new ImportRejectedException(ImportProblem.WRONG_PASSPHRASE, WRONG_OR_CHANGED);
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        header.get(salt).get(nonce);
        if (passphrase == null || passphrase.length == 0) {
            throw new ImportRejectedException(ImportProblem.PASSPHRASE_NEEDED,
                    "The file is encrypted; give its passphrase to import it");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce);
            cipher.updateAAD(file, 0, HEADER_BYTES);
            return cipher.doFinal(file, HEADER_BYTES, file.length - HEADER_BYTES);
        } catch (AEADBadTagException wrongKeyOrChanged) {
            throw new ImportRejectedException(ImportProblem.WRONG_PASSPHRASE, WRONG_OR_CHANGED, wrongKeyOrChanged);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM or PBKDF2 is not available in this Java runtime", unavailable);
        }
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        byte[] key = null;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher;
        } finally {
            spec.clearPassword();
            if (key != null) {
                Arrays.fill(key, (byte) 0);
            }
        }
    }
}
