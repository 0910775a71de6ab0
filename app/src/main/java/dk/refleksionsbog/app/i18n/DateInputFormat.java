package dk.refleksionsbog.app.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.util.StringConverter;

/**
 * How every date field shows and reads a date in the app's language (da: 23.11.2026), so the
 * pickers never fall back to the machine's locale. Typing an ISO date (2026-11-23) also works.
 */
public final class DateInputFormat {
    private DateInputFormat() {
    }

    public static StringConverter<LocalDate> converter(Messages messages) {
        DateTimeFormatter shown = DateTimeFormatter.ofPattern(messages.get("date.input.pattern"), messages.locale());
        // Reading accepts single digits too (2.1.2027), and STRICT refuses 31.02 instead of guessing.
        DateTimeFormatter typed = DateTimeFormatter.ofPattern(messages.get("date.input.typed"), messages.locale())
                .withResolverStyle(ResolverStyle.STRICT);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String input = text.strip();
                try {
                    return LocalDate.parse(input, typed);
                } catch (DateTimeParseException notInTheAppsFormat) {
                    return LocalDate.parse(input, DateTimeFormatter.ISO_LOCAL_DATE);
                }
            }
        };
    }
}
