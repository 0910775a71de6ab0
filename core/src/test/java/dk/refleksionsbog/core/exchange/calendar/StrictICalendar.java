package dk.refleksionsbog.core.exchange.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately strict reader of the calendar files we write, written from RFC 5545 for the
 * tests: it refuses anything a picky calendar might refuse, and gives back the unescaped values.
 */
final class StrictICalendar {
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    /** A property as read: its parameters and its value, TEXT values already unescaped. */
    record Property(Map<String, String> parameters, String value) {}

    private static final Pattern CONTENT_LINE = Pattern.compile("([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:\"]*)*):(.*)");
    private static final Pattern UTC_DATE_TIME = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Set<String> TEXT_PROPERTIES = Set.of("SUMMARY", "LOCATION", "DESCRIPTION", "UID");

    private StrictICalendar() {}

    /** The events of the file, each as property name to property; throws {@link Invalid} on any flaw. */
    static List<Map<String, Property>> parse(byte[] file) {
        List<String> logicalLines = unfold(physicalLines(file));
        Deque<String> open = new ArrayDeque<>();
        List<Map<String, Property>> events = new ArrayList<>();
        Map<String, Property> calendar = new LinkedHashMap<>();
        Map<String, Property> current = null;
        int calendars = 0;
        for (String line : logicalLines) {
            Matcher matcher = CONTENT_LINE.matcher(line);
            if (!matcher.matches()) {
                throw new Invalid("not a content line: " + line);
            }
            String name = matcher.group(1).toUpperCase();
            String value = matcher.group(3);
            if (name.equals("BEGIN")) {
                if (open.isEmpty() && !value.equals("VCALENDAR") || !open.isEmpty() && !value.equals("VEVENT")
                        || open.size() > 1) {
                    throw new Invalid("unexpected BEGIN:" + value + " inside " + open);
                }
                open.push(value);
                if (value.equals("VCALENDAR")) {
                    calendars++;
                } else {
                    current = new LinkedHashMap<>();
                }
                continue;
            }
            if (name.equals("END")) {
                if (open.isEmpty() || !open.peek().equals(value)) {
                    throw new Invalid("END:" + value + " does not close " + open.peek());
                }
                open.pop();
                if (value.equals("VEVENT")) {
                    events.add(checkEvent(current));
                    current = null;
                }
                continue;
            }
            if (open.isEmpty()) {
                throw new Invalid("property outside VCALENDAR: " + line);
            }
            Map<String, Property> target = current == null ? calendar : current;
            Property property = new Property(parameters(matcher.group(2)),
                    TEXT_PROPERTIES.contains(name) ? unescape(value) : value);
            if (target.put(name, property) != null) {
                throw new Invalid(name + " appears twice in one component");
            }
        }
        if (!open.isEmpty() || calendars != 1) {
            throw new Invalid("BEGIN/END unbalanced or not exactly one VCALENDAR; still open: " + open);
        }
        require(calendar, "VERSION");
        require(calendar, "PRODID");
        if (!calendar.get("VERSION").value().equals("2.0")) {
            throw new Invalid("VERSION must be 2.0");
        }
        if (events.isEmpty()) {
            throw new Invalid("no VEVENT");
        }
        return events;
    }

    private static List<String> physicalLines(byte[] file) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' && (i == 0 || file[i - 1] != '\r')) {
                throw new Invalid("bare LF at octet " + i);
            }
            if (file[i] == '\r') {
                if (i + 1 >= file.length || file[i + 1] != '\n') {
                    throw new Invalid("bare CR at octet " + i);
                }
                int octets = i - start;
                if (octets > 75) {
                    throw new Invalid("line of " + octets + " octets: " + decode(file, start, i));
                }
                // Each physical line must be valid UTF-8 by itself: a fold never splits a character.
                lines.add(decode(file, start, i));
                start = i + 2;
                i++;
            }
        }
        if (start != file.length) {
            throw new Invalid("the file does not end with CRLF");
        }
        return lines;
    }

    private static String decode(byte[] file, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOfRange(file, from, to)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Invalid("a line is not valid UTF-8 by itself (a character was split) at octet " + from);
        }
    }

    private static List<String> unfold(List<String> physical) {
        List<String> logical = new ArrayList<>();
        for (String line : physical) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (logical.isEmpty()) {
                    throw new Invalid("the file starts with a continuation line");
                }
                int last = logical.size() - 1;
                logical.set(last, logical.get(last) + line.substring(1));
            } else if (line.isEmpty()) {
                throw new Invalid("empty line");
            } else {
                logical.add(line);
            }
        }
        return logical;
    }

    private static Map<String, String> parameters(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String parameter : raw.split(";")) {
            if (!parameter.isEmpty()) {
                String[] pair = parameter.split("=", 2);
                parameters.put(pair[0].toUpperCase(), pair[1]);
            }
        }
        return parameters;
    }

    private static String unescape(String value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ';' || c == ',') {
                throw new Invalid("unescaped '" + c + "' in TEXT value: " + value);
            }
            if (c < 0x20 && c != '\t') {
                throw new Invalid("control character in TEXT value");
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (++i == value.length()) {
                throw new Invalid("TEXT value ends in a lone backslash: " + value);
            }
            switch (value.charAt(i)) {
                case '\\' -> text.append('\\');
                case ';' -> text.append(';');
                case ',' -> text.append(',');
                case 'n', 'N' -> text.append('\n');
                default -> throw new Invalid("unknown escape \\" + value.charAt(i) + " in " + value);
            }
        }
        return text.toString();
    }

    private static Map<String, Property> checkEvent(Map<String, Property> event) {
        for (String required : List.of("UID", "DTSTAMP", "DTSTART", "SUMMARY")) {
            require(event, required);
        }
        if (!UTC_DATE_TIME.matcher(event.get("DTSTAMP").value()).matches()) {
            throw new Invalid("DTSTAMP must be a UTC date-time: " + event.get("DTSTAMP").value());
        }
        Property start = event.get("DTSTART");
        Property end = event.get("DTEND");
        boolean allDay = "DATE".equals(start.parameters().get("VALUE"));
        Pattern format = allDay ? DATE : UTC_DATE_TIME;
        if (!format.matcher(start.value()).matches()) {
            throw new Invalid("DTSTART has the wrong form: " + start);
        }
        if (end != null) {
            if (!"DATE".equals(end.parameters().get("VALUE")) == allDay || !format.matcher(end.value()).matches()) {
                throw new Invalid("DTEND must have the same form as DTSTART: " + end);
            }
            if (end.value().compareTo(start.value()) <= 0) {
                throw new Invalid("DTEND must be after DTSTART");
            }
        }
        return event;
    }

    private static void require(Map<String, Property> component, String name) {
        if (!component.containsKey(name)) {
            throw new Invalid("missing " + name);
        }
    }
}
