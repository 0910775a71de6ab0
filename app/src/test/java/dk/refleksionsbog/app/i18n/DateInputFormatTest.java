package dk.refleksionsbog.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

class DateInputFormatTest {
    private final StringConverter<LocalDate> danish = DateInputFormat.converter(Messages.forLanguage("da"));
    private final StringConverter<LocalDate> english = DateInputFormat.converter(Messages.forLanguage("en"));

    @Test
    void danishDatesAreShownDayMonthYearWithDots() {
        assertThat(danish.toString(LocalDate.of(2026, 11, 23))).isEqualTo("23.11.2026");
        assertThat(danish.toString(LocalDate.of(2027, 1, 2))).isEqualTo("02.01.2027");
    }

    @Test
    void englishDatesAreShownUnambiguouslyAsIsoDates() {
        assertThat(english.toString(LocalDate.of(2026, 11, 23))).isEqualTo("2026-11-23");
    }

    @Test
    void typedDanishDatesMayUseSingleDigitsOrIso() {
        assertThat(danish.fromString("2.1.2027")).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(danish.fromString(" 23.11.2026 ")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(danish.fromString("2026-11-23")).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void anEmptyFieldMeansNoDate() {
        assertThat(danish.fromString("  ")).isNull();
        assertThat(danish.toString(null)).isEmpty();
    }

    @Test
    void impossibleDatesAreRefusedInsteadOfGuessed() {
        assertThatThrownBy(() -> danish.fromString("31.02.2027")).isInstanceOf(DateTimeParseException.class);
    }
}
