package dk.refleksionsbog.core.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SqlValuesTest {
    /** The column form as it has been written since schema 1; stored journals depend on it. */
    private static final DateTimeFormatter STORED_FORM =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void anInstantIsWrittenInTheStoredFixedWidthFormWithAllNineFractionDigits() {
        assertThat(SqlValues.toColumn(Instant.parse("2026-03-01T10:15:30.123456789Z")))
                .isEqualTo("2026-03-01T10:15:30.123456789Z");
        assertThat(SqlValues.toColumn(Instant.parse("2026-03-01T10:15:30Z"))).isEqualTo("2026-03-01T10:15:30.000000000Z");
        assertThat(SqlValues.toColumn(Instant.parse("1900-01-01T00:00:00.000000001Z")))
                .isEqualTo("1900-01-01T00:00:00.000000001Z");
    }

    @Test
    void everyInstantIsWrittenExactlyAsTheStoredFormAlwaysWasAcrossAndBeyondAJournalsYears() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59.5Z"), Instant.parse("2024-02-29T23:59:59.999999999Z")));
        Random random = new Random(20261123L);
        long from = Instant.parse("1899-12-31T00:00:00Z").getEpochSecond();
        long to = Instant.parse("3000-01-02T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            instants.add(Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), random.nextInt(1_000_000_000)));
        }
        for (Instant instant : instants) {
            assertThat(SqlValues.toColumn(instant)).as(instant.toString()).isEqualTo(STORED_FORM.format(instant));
        }
    }
}
