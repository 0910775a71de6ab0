package dk.refleksionsbog.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeReaderTest {
    private final ExchangeReader reader = new ExchangeReader();

    static byte[] resource(String name) {
        try (InputStream in = ExchangeReaderTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    @DisplayName("a well-formed loop file is read with all its objects")
    void readsGoodFile() throws Exception {
        ExchangeDocument document = reader.read(resource("good/loop-from-anne.json"));

        assertThat(document.scope()).isEqualTo("loop");
        assertThat(document.exportedBy()).isEqualTo("Anne Sørensen");
        assertThat(document.challenges()).singleElement().satisfies(challenge ->
                assertThat(challenge.title()).isEqualTo("Mødekultur i ledergruppen"));
        assertThat(document.loops()).singleElement().satisfies(loop -> {
            assertThat(loop.phaseHistory()).hasSize(5);
            assertThat(loop.ratingBefore()).isEqualTo(4);
        });
        assertThat(document.comments()).hasSize(1);
        assertThat(document.meetings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "empty.json                      | empty",
        "not-json.json                   | not valid JSON",
        "truncated.json                  | truncated",
        "bom.json                        | byte-order mark",
        "invalid-utf8.json               | not valid UTF-8",
        "utf16.json                      | not valid",
        "trailing-garbage.json           | not valid JSON",
        "duplicate-keys.json             | scope",
        "huge-number.json                | safety limit",
        "top-level-array.json            | not a Refleksionsbog exchange file",
        "foreign-json.json               | not a Refleksionsbog exchange file",
        "other-format.json               | not a Refleksionsbog exchange file",
        "future-format-version.json      | newer Refleksionsbog",
        "format-version-as-string.json   | /formatVersion",
        "wrong-type-rating.json          | /loops/0/ratingBefore",
        "wrong-type-tags.json            | /challenges/0/tags",
        "rating-0.json                   | /loops/0/ratingBefore",
        "rating-6.json                   | /loops/0/ratingAfter",
        "rating-fraction.json            | /loops/0/ratingAfter",
        "missing-title.json              | title",
        "missing-exported-at.json        | exportedAt",
        "missing-answer-owner.json       | ownerId",
        "unknown-field.json              | mood",
        "unknown-enum.json               | /entries/0/kind",
        "bad-uuid.json                   | /entries/0/id",
        "date-out-of-range.json          | /entries/0/occurredOn",
        "instant-with-offset.json        | /entries/0/createdAt",
        "instant-as-number.json          | /entries/0/createdAt",
        "comments-scope-carrying-text.json | /challenges",
        "journal-scope-without-settings.json | journal",
        "unknown-scope.json              | /scope",
        "null-list.json                  | /entries",
    })
    @DisplayName("files that are not well-formed exchange files are rejected with what and where")
    void rejectsMalformedFiles(String file, String expectedInMessage) {
        assertThatThrownBy(() -> reader.read(resource("bad/" + file)))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining(expectedInMessage.strip());
    }

    @Test
    @DisplayName("nesting deeper than the limit is rejected without a stack overflow")
    void rejectsDeepNesting() {
        byte[] deep = ("{\"format\":\"refleksionsbog-exchange\",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.read(deep))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("safety limit")
                .hasMessageContaining("nesting");
    }

    @Test
    @DisplayName("a 50 MB string is rejected by the string length limit")
    void rejectsHugeString() {
        byte[] prefix = "{\"format\":\"refleksionsbog-exchange\",\"exportedBy\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[prefix.length + 50 * 1024 * 1024 + 2];
        System.arraycopy(prefix, 0, huge, 0, prefix.length);
        Arrays.fill(huge, prefix.length, huge.length - 2, (byte) 'a');
        huge[huge.length - 2] = '"';
        huge[huge.length - 1] = '}';

        assertThatThrownBy(() -> reader.read(huge))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("safety limit")
                .hasMessageContaining("String value length");
    }

    @Test
    @DisplayName("an encrypted file read without a passphrase asks for one")
    void encryptedFileNeedsPassphrase() {
        byte[] encrypted = new ExchangeCrypto().encrypt(resource("good/loop-from-anne.json"),
                "korrekt hest batteri".toCharArray());

        assertThatThrownBy(() -> reader.read(encrypted))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("encrypted");
    }

    @Test
    @DisplayName("the ids in the good sample are valid UUIDs")
    void sampleIdsAreUuids() throws Exception {
        ExchangeDocument document = reader.read(resource("good/loop-from-anne.json"));
        assertThat(document.journalId()).isEqualTo(UUID.fromString("a0000000-0000-4000-8000-000000000001"));
    }
}
