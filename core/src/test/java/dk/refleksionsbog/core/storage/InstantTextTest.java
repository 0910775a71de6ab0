package dk.refleksionsbog.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstantTextTest {
    private static final DateTimeFormatter STORED_FORM =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    @DisplayName("instants with none to nine fraction digits are read as Instant.parse reads them")
    void readsTheUtcFormAsInstantParse() {
        Random random = new Random(20261124L);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)),
                    i % 4 == 0 ? 0 : random.nextInt(1_000_000_000));
            String stored = STORED_FORM.format(instant);
            String cut = stored.substring(0, 20 + random.nextInt(10)) + "Z";
            for (String text : List.of(instant.toString(), stored, cut.replace(".Z", "Z"))) {
                assertThat(InstantText.parse(text)).as(text).isEqualTo(Instant.parse(text));
            }
            assertThat(InstantText.parse(stored)).isEqualTo(instant);
        }
    }

    @Test
    @DisplayName("any other text is read or refused exactly as Instant.parse does, with its words")
    void anyOtherTextIsInstantParses() {
        for (String text : List.of("+10000-01-01T00:00:00Z", "2026-12-31T23:59:60Z", "2026-11-23T24:00:00Z",
                "2026-11-23t09:00:00z", "2024-02-29T12:00:00.5Z", "0000-01-01T00:00:00Z", "2026-03-01T10:15:30.Z", "2026-03-01T10:15:30+01:00")) {
            assertThat(InstantText.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
        for (String text : List.of("2026-02-30T10:15:30Z", "2026-13-01T10:15:30.000000000Z", "2026-03-01T10:60:30Z",
                "2026-03-01T10:15:30.1234567890Z",
                "2026-03-01 10:15:30Z", "2026-03-01T10:15:3xZ", "2026-03-01T10:15:30", "")) {
            Throwable ours = catchThrowable(() -> InstantText.parse(text));
            Throwable parse = catchThrowable(() -> Instant.parse(text));
            assertThat(ours).as(text).isInstanceOf(DateTimeParseException.class).hasMessage(parse.getMessage());
        }
    }
}
