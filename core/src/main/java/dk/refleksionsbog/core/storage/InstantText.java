package dk.refleksionsbog.core.storage;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads an instant written in ISO-8601 UTC form with none to nine fraction digits
 * ({@code 2026-11-23T09:15:30Z}, {@code 2026-11-23T09:15:30.123456789Z}), the form the journal's
 * columns and exchange files hold, digit by digit: {@link Instant#parse} took about a microsecond
 * per value, and every text carries three, read by the thousand by an export, a listing or an
 * import. Any other text, and a date or time that is not on the calendar, goes to
 * {@code Instant.parse}, so what is accepted, what is refused and the words of a refusal stay
 * exactly {@code Instant.parse}'s.
 */
public final class InstantText {
    /** The fixed part of the form: {@code 0} stands for any digit. */
    private static final String DATE_AND_TIME = "0000-00-00T00:00:00";
    private static final int MAX_FRACTION_DIGITS = 9;

    private InstantText() {}

    public static Instant parse(String text) {
        if (hasUtcForm(text)) {
            try {
                return LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
                        number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), nanos(text))
                        .toInstant(ZoneOffset.UTC);
            } catch (DateTimeException notOnTheCalendar) {
                // such as February 30, hour 24 or a leap second: Instant.parse decides, as it always did
            }
        }
        return Instant.parse(text);
    }

    private static boolean hasUtcForm(String text) {
        int fixed = DATE_AND_TIME.length();
        int length = text.length();
        if (length < fixed + 1 || length > fixed + 2 + MAX_FRACTION_DIGITS || text.charAt(length - 1) != 'Z') {
            return false;
        }
        for (int at = 0; at < fixed; at++) {
            char expected = DATE_AND_TIME.charAt(at);
            char actual = text.charAt(at);
            if (expected == '0' ? !isDigit(actual) : actual != expected) {
                return false;
            }
        }
        if (length == fixed + 1) {
            return true;
        }
        if (text.charAt(fixed) != '.' || length == fixed + 2) {
            return false;
        }
        for (int at = fixed + 1; at < length - 1; at++) {
            if (!isDigit(text.charAt(at))) {
                return false;
            }
        }
        return true;
    }

    /** The fraction of the second, already checked to be 0 to 9 digits between the point and the Z. */
    private static int nanos(String text) {
        int first = DATE_AND_TIME.length() + 1;
        int digits = Math.max(0, text.length() - 1 - first);
        int value = number(text, first, digits);
        for (int missing = digits; missing < MAX_FRACTION_DIGITS; missing++) {
            value *= 10;
        }
        return value;
    }

    private static int number(String text, int start, int width) {
        int value = 0;
        for (int at = start; at < start + width; at++) {
            value = value * 10 + (text.charAt(at) - '0');
        }
        return value;
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
