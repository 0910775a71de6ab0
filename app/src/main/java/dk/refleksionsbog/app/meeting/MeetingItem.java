package dk.refleksionsbog.app.meeting;

import dk.refleksionsbog.app.answer.OwnedItem;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the meetings list. */
public record MeetingItem(UUID id, MeetingKind kind, String kindLabel, String title, LocalDate date)
        implements OwnedItem {

    /** The title, or the kind when the leader has not named the meeting. */
    public String name() {
        return title.isBlank() ? kindLabel : title;
    }
}
