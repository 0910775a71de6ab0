package dk.refleksionsbog.core.exchange.calendar;

import dk.refleksionsbog.core.storage.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as an RFC 5545 {@code .ics} file that Outlook, GNOME Calendar and others open:
 * UTF-8, CRLF line ends, lines folded at 75 octets, escaped text, times in UTC and whole days as
 * {@code VALUE=DATE}. Hand-written because one VEVENT does not justify a calendar library.
 */
public final class ICalendarWriter {
    static final String PRODID = "-//Refleksionsbog//Refleksionsbog//DA";

    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ICalendarWriter() {}

    /** The calendar text; {@code stamp} is when the file is made (DTSTAMP). */
    public static String write(List<CalendarEvent> events, Instant stamp) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A calendar file needs at least one event");
        }
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + PRODID);
        line(ics, "CALSCALE:GREGORIAN");
        // No METHOD: with one, the file is an iTIP message (RFC 5546), and METHOD:PUBLISH then
        // requires an ORGANIZER, which a private journal has no address for; libical (GNOME
        // Calendar, Evolution) flags such a file. Without it, it is a plain event to import.
        for (CalendarEvent event : events) {
            writeEvent(ics, event, stamp);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    public static byte[] toBytes(List<CalendarEvent> events, Instant stamp) {
        return ContentLines.utf8(write(events, stamp));
    }

    /** Saves the file atomically: a reader sees the old file or the whole new one. */
    public static void save(Path file, List<CalendarEvent> events, Instant stamp) throws IOException {
        AtomicFiles.write(file, toBytes(events, stamp));
    }

    private static void writeEvent(StringBuilder ics, CalendarEvent event, Instant stamp) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + ContentLines.escapeText(event.uid()));
        line(ics, "DTSTAMP:" + UTC_DATE_TIME.format(stamp));
        if (event.time() instanceof EventTime.AllDay days) {
            line(ics, "DTSTART;VALUE=DATE:" + date(days.firstDay()));
            // DTEND of a date is exclusive: the day after the last day.
            line(ics, "DTEND;VALUE=DATE:" + date(days.lastDay().plusDays(1)));
            line(ics, "TRANSP:TRANSPARENT");
        } else if (event.time() instanceof EventTime.Timed span) {
            line(ics, "DTSTART:" + UTC_DATE_TIME.format(span.start()));
            line(ics, "DTEND:" + UTC_DATE_TIME.format(span.end()));
        }
        line(ics, "SUMMARY:" + ContentLines.escapeText(event.summary()));
        if (!event.location().isEmpty()) {
            line(ics, "LOCATION:" + ContentLines.escapeText(event.location()));
        }
        if (!event.description().isEmpty()) {
            line(ics, "DESCRIPTION:" + ContentLines.escapeText(event.description()));
        }
        line(ics, "END:VEVENT");
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private static void line(StringBuilder ics, String contentLine) {
        ics.append(ContentLines.fold(contentLine));
    }
}
