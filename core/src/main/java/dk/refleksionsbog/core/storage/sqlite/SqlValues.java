package dk.refleksionsbog.core.storage.sqlite;

import java.time.Instant;
import java.time.LocalDate;
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
            return INSTANT_FORMAT.format(instant);
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

    static String instant(Instant instant) {
        return INSTANT_FORMAT.format(instant);
    }
}
