package dk.refleksionsbog.core.storage.sqlite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** How domain values are written to columns, in one place so every table agrees. */
final class SqlValues {
    /**
     * Fixed width with all nine fraction digits: text order is time order, and the nanoseconds
     * survive the round trip.
     */
    private static final DateTimeFormatter INSTANT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SqlValues() {}

    static Object toColumn(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant(instant);
        }
        if (value instanceof UUID || value instanceof LocalDate || value instanceof LocalTime) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long) {
            return value;
        }
        throw new IllegalArgumentException("No column form for " + value.getClass().getName());
    }

    /**
     * The same text as {@link #INSTANT_FORMAT} gives, written digit by digit for the four-digit years
     * a journal holds: the formatter took a microsecond per value, and an import writes three
     * instants for every text it adds.
     */
    static String instant(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return INSTANT_FORMAT.format(instant);
        }
        char[] text = new char[30];
        digits(text, 0, utc.getYear(), 4);
        text[4] = '-';
        digits(text, 5, utc.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, utc.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, utc.getHour(), 2);
        text[13] = ':';
        digits(text, 14, utc.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, utc.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, utc.getNano(), 9);
        text[29] = 'Z';
        return new String(text);
    }

    /** The value as exactly {@code width} decimal digits, zero-padded, from {@code start}. */
    private static void digits(char[] text, int start, int value, int width) {
        int rest = value;
        for (int at = start + width - 1; at >= start; at--) {
            text[at] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }
}
