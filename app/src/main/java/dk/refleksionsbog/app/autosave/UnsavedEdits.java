package dk.refleksionsbog.app.autosave;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.text.Answer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What the leader has typed that the journal does not hold yet: the newest version of each changed
 * record, as kept in the draft file.
 *
 * @param journalId the journal the edits belong to, so they are never applied to another one
 */
public record UnsavedEdits(UUID journalId, List<Answer> answers, List<Entry> entries, List<Loop> loops,
        List<Meeting> meetings, List<JobVisit> jobVisits, List<Challenge> challenges) {

    public UnsavedEdits {
        challenges = List.copyOf(challenges);
        answers = List.copyOf(answers);
        entries = List.copyOf(entries);
        loops = List.copyOf(loops);
        meetings = List.copyOf(meetings);
        jobVisits = List.copyOf(jobVisits);
    }

    /** Sorts the records by kind; anything else is not text the leader typed and is left out. */
    static UnsavedEdits of(UUID journalId, Collection<?> records) {
        List<Answer> answers = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Loop> loops = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<JobVisit> jobVisits = new ArrayList<>();
        List<Challenge> challenges = new ArrayList<>();
        for (Object record : records) {
            if (record instanceof Answer answer) {
                answers.add(answer);
            } else if (record instanceof Entry entry) {
                entries.add(entry);
            } else if (record instanceof Loop loop) {
                loops.add(loop);
            } else if (record instanceof Meeting meeting) {
                meetings.add(meeting);
            } else if (record instanceof JobVisit visit) {
                jobVisits.add(visit);
            } else if (record instanceof Challenge challenge) {
                challenges.add(challenge);
            }
        }
        return new UnsavedEdits(journalId, answers, entries, loops, meetings, jobVisits, challenges);
    }

    public int count() {
        return answers.size() + entries.size() + loops.size() + meetings.size() + jobVisits.size() + challenges.size();
    }

    public boolean isEmpty() {
        return count() == 0;
    }
}
