package dk.refleksionsbog.core.storage;

import dk.refleksionsbog.core.domain.meeting.Meeting;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface MeetingRepository {
    void save(Meeting meeting);

    Optional<Meeting> find(UUID id);

    /** By date, latest first. */
    List<Meeting> list();

    /** Deletes the meeting with its answers. */
    void delete(UUID id);
}
