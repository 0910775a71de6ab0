package dk.refleksionsbog.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    @DisplayName("dates of years 0000 to 9999 are read as LocalDate.parse reads them")
    void readsTheStoredFormAsLocalDateParse() {
        Random random = new Random(20261123L);
        long from = LocalDate.parse("0000-01-01").toEpochDay();
        long to = LocalDate.parse("9999-12-31").toEpochDay();
        for (int i = 0; i < 20_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from)));
            String text = date.toString();
            assertThat(DateText.parse(text)).as(text).isEqualTo(LocalDate.parse(text)).isEqualTo(date);
        }
        for (String text : List.of("2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-12-31")) {
            assertThat(DateText.parse(text)).as(text).isEqualTo(LocalDate.parse(text));
        }
    }

    @Test
    @DisplayName("any other text is refused exactly as LocalDate.parse refuses it, with its words")
    void anyOtherTextIsRefusedAsLocalDateParseRefusesIt() {
        for (String text : List.of("2026-02-30", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-30",
                "2026/04/30", "2026-04-3x", "20260430", "2026-04-30T10:00", " 2026-04-30", "")) {
            Throwable ours = catchThrowable(() -> DateText.parse(text));
            Throwable parse = catchThrowable(() -> LocalDate.parse(text));
            assertThat(ours).as(text).isInstanceOf(DateTimeParseException.class).hasMessage(parse.getMessage());
        }
    }
}
