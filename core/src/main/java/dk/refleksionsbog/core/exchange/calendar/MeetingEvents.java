package dk.refleksionsbog.core.exchange.calendar;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.template.Section;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;

/** Calendar events for the journal's meetings, worded by the journal's template set. */
public final class MeetingEvents {
    private static final String UID_SUFFIX = "@refleksionsbog";

    private MeetingEvents() {}

    /**
     * A meeting as an event. A meeting without a start time becomes an all-day event; one with a
     * time is read in the user's zone and written in UTC.
     */
    public static CalendarEvent of(Meeting meeting, ZoneId userZone, Wording wording) {
        EventTime time;
        if (meeting.startTime() == null) {
            time = EventTime.AllDay.on(meeting.date());
        } else {
            // A time that falls in a daylight-saving gap moves forward by the gap, as the clock does.
            Instant start = ZonedDateTime.of(meeting.date(), meeting.startTime(), userZone).toInstant();
            time = new EventTime.Timed(start, start.plus(Duration.ofMinutes(meeting.durationMinutes())));
        }
        String summary = meeting.title().isEmpty()
                ? wording.label(wording.set().meetingKind(meeting.kind()))
                : meeting.title();
        String description = meeting.kind() == MeetingKind.REFLECTION ? agenda(wording) : "";
        return new CalendarEvent(meeting.id() + UID_SUFFIX, summary, meeting.location(), description, time);
    }

    /** The date of a loop's first reflection meeting (from the trial action) as an all-day event. */
    public static CalendarEvent firstReflectionMeeting(Loop loop, Challenge challenge, Wording wording) {
        if (!loop.challengeId().equals(challenge.id())) {
            throw new IllegalArgumentException("Loop " + loop.id() + " does not belong to challenge " + challenge.id());
        }
        if (loop.firstReflectionMeeting() == null) {
            throw new DomainRuleViolation("Loop " + loop.number() + " of \"" + challenge.title()
                    + "\" has no date for its first reflection meeting yet");
        }
        String what = wording.label(wording.set().field(TemplateSet.FIRST_REFLECTION_MEETING));
        return new CalendarEvent("first-reflection-meeting-" + loop.id() + UID_SUFFIX,
                what + ": " + challenge.title(), "", agenda(wording),
                EventTime.AllDay.on(loop.firstReflectionMeeting()));
    }

    /** The first section of the meeting guide is the reflection-meeting agenda; its points as a list. */
    private static String agenda(Wording wording) {
        Section agenda = wording.set().meetingGuide().get(0);
        return wording.title(agenda) + ":\n" + agenda.fields().stream()
                .map(point -> "• " + wording.label(point))
                .collect(Collectors.joining("\n"));
    }
}
