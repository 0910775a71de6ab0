package dk.refleksionsbog.core.exchange.calendar;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import dk.refleksionsbog.core.domain.Texts;

/**
 * One event for an {@code .ics} file.
 *
 * @param uid stable across exports of the same meeting, so a calendar updates the event instead of
 *     adding a second one
 * @param location empty when not known
 * @param description empty when there is nothing to add
 */
public record CalendarEvent(String uid, String summary, String location, String description, EventTime time) {
    public CalendarEvent {
        uid = Texts.requireText(uid, "A calendar event's UID").strip();
        if (uid.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new DomainRuleViolation("A calendar event's UID must not contain control characters");
        }
        summary = Texts.requireText(summary, "A calendar event's title").strip();
        location = Texts.orEmpty(location).strip();
        description = Texts.orEmpty(description).strip();
        Texts.require(time, "A calendar event's time");
    }
}
