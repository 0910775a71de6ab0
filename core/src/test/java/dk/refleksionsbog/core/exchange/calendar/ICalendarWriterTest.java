package dk.refleksionsbog.core.exchange.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.exchange.calendar.StrictICalendar.Property;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The .ics writer")
class ICalendarWriterTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:30:15.123Z");
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final Wording DANISH = TemplateRegistry.loadDefault().defaultSet().wording("da", "");
    private static final UUID MEETING_ID = UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001");

    @Test
    @DisplayName("a timed meeting is read in the user's zone and written in UTC, winter and summer")
    void timedMeetingIsWrittenInUtc() {
        Map<String, Property> winter = onlyEvent(meeting(LocalDate.of(2027, 3, 4), LocalTime.of(13, 0), 90), COPENHAGEN);
        assertThat(winter.get("DTSTART").value()).isEqualTo("20270304T120000Z");
        assertThat(winter.get("DTEND").value()).isEqualTo("20270304T133000Z");

        Map<String, Property> summer = onlyEvent(meeting(LocalDate.of(2027, 5, 6), LocalTime.of(9, 15), 60), COPENHAGEN);
        assertThat(summer.get("DTSTART").value()).isEqualTo("20270506T071500Z");
        assertThat(summer.get("DTEND").value()).isEqualTo("20270506T081500Z");

        Map<String, Property> newYork = onlyEvent(meeting(LocalDate.of(2027, 1, 7), LocalTime.of(23, 30), 60),
                ZoneId.of("America/New_York"));
        assertThat(newYork.get("DTSTART").value()).isEqualTo("20270108T043000Z");
    }

    @Test
    @DisplayName("a meeting across the switch to summer time lasts its real duration")
    void durationAcrossDaylightSaving() {
        Map<String, Property> event = onlyEvent(meeting(LocalDate.of(2027, 3, 28), LocalTime.of(1, 30), 120), COPENHAGEN);

        assertThat(event.get("DTSTART").value()).isEqualTo("20270328T003000Z");
        assertThat(event.get("DTEND").value()).isEqualTo("20270328T023000Z");
    }

    @Test
    @DisplayName("a time that does not exist on the clock (summer-time gap) moves forward like the clock")
    void timeInTheGap() {
        Map<String, Property> event = onlyEvent(meeting(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), 30), COPENHAGEN);

        assertThat(event.get("DTSTART").value()).isEqualTo("20270328T013000Z");
    }

    @Test
    @DisplayName("a meeting without a time is an all-day event with an exclusive end date")
    void allDayMeeting() {
        Map<String, Property> event = onlyEvent(meeting(LocalDate.of(2026, 12, 31), null, 90), COPENHAGEN);

        assertThat(event.get("DTSTART")).isEqualTo(new Property(Map.of("VALUE", "DATE"), "20261231"));
        assertThat(event.get("DTEND")).isEqualTo(new Property(Map.of("VALUE", "DATE"), "20270101"));
    }

    @Test
    @DisplayName("UID comes from the meeting's id, DTSTAMP is now in UTC, PRODID is set, and no iTIP METHOD that would demand an ORGANIZER")
    void identityAndStamp() {
        String ics = ICalendarWriter.write(List.of(MeetingEvents.of(
                meeting(LocalDate.of(2027, 3, 4), LocalTime.NOON, 90), COPENHAGEN, DANISH)), NOW);

        assertThat(ics).contains("\r\nUID:" + MEETING_ID + "@refleksionsbog\r\n")
                .contains("\r\nDTSTAMP:20261123T093015Z\r\n")
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Refleksionsbog//Refleksionsbog//DA\r\n")
                .doesNotContain("METHOD:")
                .endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    @DisplayName("an untitled reflection meeting is named by its kind and carries the agenda")
    void untitledReflectionMeeting() {
        Meeting meeting = Meeting.create(MEETING_ID, MeetingKind.REFLECTION, LocalDate.of(2027, 3, 4), NOW);

        Map<String, Property> event = onlyEvent(meeting, COPENHAGEN);

        assertThat(event.get("SUMMARY").value()).isEqualTo("Refleksionsmøde");
        assertThat(event.get("DESCRIPTION").value()).isEqualTo("Refleksionsmøde:\n• Refleksionsrunde\n• Mønsteranalyse\n"
                + "• Beslutning om næste læringsloop\n• Tidsperspektiv");
        assertThat(event).doesNotContainKey("LOCATION");
    }

    @Test
    @DisplayName("backslash, semicolon, comma and every kind of line break are escaped, and read back unchanged")
    void escaping() {
        String tricky = "Netværk; data, \\ og\r\nledelse\rmed\næøå";
        CalendarEvent event = new CalendarEvent("x@y", tricky, "Rådhuset, lokale 2; 1. sal", "Linje 1\nLinje 2",
                EventTime.AllDay.on(LocalDate.of(2027, 1, 1)));

        String ics = ICalendarWriter.write(List.of(event), NOW);
        Map<String, Property> read = StrictICalendar.parse(ics.getBytes(StandardCharsets.UTF_8)).get(0);

        assertThat(ics).contains("SUMMARY:Netværk\\; data\\, \\\\ og\\nledelse\\nmed\\næøå\r\n");
        assertThat(read.get("SUMMARY").value()).isEqualTo("Netværk; data, \\ og\nledelse\nmed\næøå");
        assertThat(read.get("LOCATION").value()).isEqualTo("Rådhuset, lokale 2; 1. sal");
        assertThat(read.get("DESCRIPTION").value()).isEqualTo("Linje 1\nLinje 2");
    }

    @Test
    void otherControlCharactersBecomeSpaces() {
        assertThat(ContentLines.escapeText("a\u0000b\u0007c\td\u007f")).isEqualTo("a b c\td ");
    }

    @Test
    @DisplayName("a line of exactly 75 octets stays whole; one more octet folds it")
    void foldingLimit() {
        String exactly75 = "SUMMARY:" + "x".repeat(67);
        assertThat(ContentLines.fold(exactly75)).isEqualTo(exactly75 + "\r\n");
        assertThat(ContentLines.fold(exactly75 + "y")).isEqualTo(exactly75 + "\r\n y\r\n");
    }

    static Stream<Arguments> multiByteAtTheBoundary() {
        return Stream.of("æ", "ø", "å", "€", "😀", "👩‍👩‍👧")
                .flatMap(character -> IntStream.rangeClosed(0, 4).mapToObj(shift -> Arguments.of(character, shift)));
    }

    @ParameterizedTest(name = "{0} shifted by {1}")
    @MethodSource("multiByteAtTheBoundary")
    @DisplayName("folding at 75 octets never splits a multi-byte character, whatever its position")
    void foldingKeepsCharactersWhole(String character, int shift) {
        String text = "a".repeat(shift) + character.repeat(60);
        byte[] folded = ContentLines.utf8(ContentLines.fold("DESCRIPTION:" + text));

        // The strict reader decodes every physical line on its own and refuses a split character.
        String unfolded = new String(folded, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("DESCRIPTION:" + text + "\r\n");
        assertThat(StrictICalendar.parse(ics(text)).get(0).get("DESCRIPTION").value()).isEqualTo(text);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    @DisplayName("random Danish, emoji and escapable text survives writing and strict reading")
    void randomTextRoundTrips(long seed) {
        Random random = new Random(seed);
        String[] alphabet = {"a", "Z", " ", "æ", "ø", "å", "Æ", "Ø", "Å", "é", "€", "中", "😀", "🇩🇰", ";", ",", "\\",
            "\n", ":", "\"", "\t"};
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder("x");
            int length = random.nextInt(300);
            for (int j = 0; j < length; j++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            text.append('y');
            String original = text.toString();

            assertThat(StrictICalendar.parse(ics(original)).get(0).get("DESCRIPTION").value()).isEqualTo(original);
        }
    }

    @Test
    @DisplayName("a loop's first reflection meeting date becomes an all-day event named after the challenge")
    void firstReflectionMeetingOfALoop() {
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Møder, der skaber sammenhæng", NOW);
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), NOW)
                .withFirstReflectionMeeting(LocalDate.of(2027, 2, 15), NOW);

        Map<String, Property> event = StrictICalendar.parse(ICalendarWriter.toBytes(
                List.of(MeetingEvents.firstReflectionMeeting(loop, challenge, DANISH)), NOW)).get(0);

        assertThat(event.get("SUMMARY").value()).isEqualTo("Første refleksionsmøde: Møder, der skaber sammenhæng");
        assertThat(event.get("DTSTART").value()).isEqualTo("20270215");
        assertThat(event.get("UID").value()).isEqualTo("first-reflection-meeting-" + loop.id() + "@refleksionsbog");
    }

    @Test
    void aLoopWithoutADateCannotBeExported() {
        Challenge challenge = Challenge.create(UUID.randomUUID(), "Udfordring", NOW);
        Loop loop = Loop.first(UUID.randomUUID(), challenge.id(), NOW);

        assertThatThrownBy(() -> MeetingEvents.firstReflectionMeeting(loop, challenge, DANISH))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("has no date for its first reflection meeting");
    }

    @Test
    @DisplayName("saving writes the whole file in place of the old one and leaves no temporary file")
    void saveIsAtomic(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("møde.ics");
        Files.writeString(file, "old");
        List<CalendarEvent> events = List.of(MeetingEvents.of(
                meeting(LocalDate.of(2027, 3, 4), LocalTime.NOON, 90), COPENHAGEN, DANISH));

        ICalendarWriter.save(file, events, NOW);

        assertThat(Files.readAllBytes(file)).isEqualTo(ICalendarWriter.toBytes(events, NOW));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("the strict reader itself refuses bare LF, long lines, split characters and missing UID")
    void strictReaderBites() {
        String good = new String(ics("ok"), StandardCharsets.UTF_8);
        assertThat(StrictICalendar.parse(good.getBytes(StandardCharsets.UTF_8))).hasSize(1);

        assertThatThrownBy(() -> StrictICalendar.parse(good.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("bare LF");
        assertThatThrownBy(() -> StrictICalendar.parse(good.replace("DESCRIPTION:ok", "DESCRIPTION:" + "o".repeat(70))
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("octets");
        assertThatThrownBy(() -> StrictICalendar.parse(good.replaceFirst("UID:[^\r]*\r\n", "")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("missing UID");
        assertThatThrownBy(() -> StrictICalendar.parse(good.replace("END:VEVENT\r\n", "")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("END:VCALENDAR does not close VEVENT");
        byte[] split = good.replace("DESCRIPTION:ok", "DESCRIPTION:o\u00e6").getBytes(StandardCharsets.UTF_8);
        int ae = new String(split, StandardCharsets.ISO_8859_1).indexOf("o\u00c3") + 2;
        byte[] broken = new byte[split.length + 3];
        System.arraycopy(split, 0, broken, 0, ae);
        broken[ae] = '\r';
        broken[ae + 1] = '\n';
        broken[ae + 2] = ' ';
        System.arraycopy(split, ae, broken, ae + 3, split.length - ae);
        assertThatThrownBy(() -> StrictICalendar.parse(broken)).hasMessageContaining("character was split");
        assertThatThrownBy(() -> StrictICalendar.parse(good.replace("DESCRIPTION:ok", "DESCRIPTION:a,b")
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("unescaped ','");
    }

    private static byte[] ics(String description) {
        return ICalendarWriter.toBytes(List.of(new CalendarEvent("id@test", "Titel", "", description,
                new EventTime.Timed(NOW, NOW.plusSeconds(3600)))), NOW);
    }

    private static Meeting meeting(LocalDate date, LocalTime start, int minutes) {
        return Meeting.create(MEETING_ID, MeetingKind.NETWORK, date, NOW)
                .withDetails("Netværksmøde", date, start, minutes, "Rådhuset", List.of("Ane", "Bo"), NOW);
    }

    private static Map<String, Property> onlyEvent(Meeting meeting, ZoneId zone) {
        byte[] file = ICalendarWriter.toBytes(List.of(MeetingEvents.of(meeting, zone, DANISH)), NOW);
        List<Map<String, Property>> events = StrictICalendar.parse(file);
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
