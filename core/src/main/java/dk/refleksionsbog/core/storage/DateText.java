package dk.refleksionsbog.core.storage;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a date written {@code 2026-11-23}, the form the journal's columns and exchange files
 * hold, digit by digit: {@link LocalDate#parse} goes through a formatter and its resolver, several
 * microseconds per value while the code is still interpreted, and an import, export or listing of
 * 1,000 entries reads 1,000 of them in a process that lives a few hundred milliseconds. Any other
 * text, and a date that is not on the calendar, goes to {@code LocalDate.parse}, so what is
 * accepted, what is refused and the words of a refusal stay exactly {@code LocalDate.parse}'s.
 */
public final class DateText {
    /** The form: {@code 0} stands for any digit. */
    private static final String FORM = "0000-00-00";

    private DateText() {}

    public static LocalDate parse(String text) {
        if (hasForm(text)) {
            try {
                return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
            } catch (DateTimeException notOnTheCalendar) {
                // such as February 30: LocalDate.parse refuses it in its own words
            }
        }
        return LocalDate.parse(text);
    }

    private static boolean hasForm(String text) {
        if (text.length() != FORM.length()) {
            return false;
        }
        for (int at = 0; at < FORM.length(); at++) {
            char expected = FORM.charAt(at);
            char actual = text.charAt(at);
            if (expected == '0' ? actual < '0' || actual > '9' : actual != expected) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int start, int width) {
        int value = 0;
        for (int at = start; at < start + width; at++) {
            value = value * 10 + (text.charAt(at) - '0');
        }
        return value;
    }
}
