package dk.refleksionsbog.core.exchange;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the journal already holds that an import has to be checked against, read in a few queries
 * instead of one or more per object in the file (a whole journal has tens of thousands). The few
 * kinds a journal has tens or hundreds of (challenges, loops, meetings, job visits, comments) are
 * read whole; answers and entries only for the ids the file uses, and one at a time for any other
 * id asked about (the text a returned comment is on).
 */
final class LocalRecords {
    private final JournalStore store;
    private final Set<UUID> fileIds;
    private final Map<UUID, Challenge> challenges = new HashMap<>();
    private final Map<UUID, Loop> loops = new HashMap<>();
    private final Map<UUID, List<Loop>> loopsByChallenge = new HashMap<>();
    private final Map<UUID, Meeting> meetings = new HashMap<>();
    private final Map<UUID, JobVisit> visits = new HashMap<>();
    private final Map<UUID, SparringComment> comments = new HashMap<>();
    private final Map<UUID, Answer> answers;
    private final Map<UUID, Entry> entries;
    private final Map<UUID, Map<String, Answer>> answersByOwner = new HashMap<>();

    /** @param fileIds every id the file uses, of any kind */
    LocalRecords(JournalStore store, Set<UUID> fileIds) {
        this.store = store;
        this.fileIds = fileIds;
        for (Challenge challenge : store.challenges().list()) {
            challenges.put(challenge.id(), challenge);
            List<Loop> ofChallenge = store.loops().listByChallenge(challenge.id());
            loopsByChallenge.put(challenge.id(), ofChallenge);
            for (Loop loop : ofChallenge) {
                loops.put(loop.id(), loop);
                store.comments().listByLoop(loop.id()).forEach(comment -> comments.put(comment.id(), comment));
            }
        }
        store.meetings().list().forEach(meeting -> meetings.put(meeting.id(), meeting));
        store.jobVisits().list().forEach(visit -> visits.put(visit.id(), visit));
        // A journal being filled for the first time (a move to a new computer) has nothing to look
        // up: an answer needs a loop, meeting or job visit to belong to.
        boolean noOwners = loops.isEmpty() && meetings.isEmpty() && visits.isEmpty();
        answers = noOwners ? new HashMap<>() : new HashMap<>(store.answers().findAll(fileIds));
        entries = store.entries().count() == 0 ? new HashMap<>() : new HashMap<>(store.entries().findAll(fileIds));
    }

    Optional<Challenge> challenge(UUID id) {
        return Optional.ofNullable(challenges.get(id));
    }

    Optional<Loop> loop(UUID id) {
        return Optional.ofNullable(loops.get(id));
    }

    List<Loop> loopsOf(UUID challengeId) {
        return loopsByChallenge.getOrDefault(challengeId, List.of());
    }

    Optional<Meeting> meeting(UUID id) {
        return Optional.ofNullable(meetings.get(id));
    }

    Optional<JobVisit> jobVisit(UUID id) {
        return Optional.ofNullable(visits.get(id));
    }

    Optional<SparringComment> comment(UUID id) {
        return Optional.ofNullable(comments.get(id));
    }

    Optional<Answer> answer(UUID id) {
        return fileIds.contains(id) ? Optional.ofNullable(answers.get(id)) : store.answers().find(id);
    }

    Optional<Entry> entry(UUID id) {
        return fileIds.contains(id) ? Optional.ofNullable(entries.get(id)) : store.entries().find(id);
    }

    /** The journal's answer to this question of this loop, meeting or job visit (none if the journal lacks the owner). */
    Optional<Answer> answer(UUID ownerId, String fieldKey) {
        if (!loops.containsKey(ownerId) && !meetings.containsKey(ownerId) && !visits.containsKey(ownerId)) {
            return Optional.empty();
        }
        Map<String, Answer> byKey = answersByOwner.computeIfAbsent(ownerId, owner -> {
            Map<String, Answer> keyed = new HashMap<>();
            store.answers().listByOwner(owner).forEach(answer -> keyed.put(answer.fieldKey(), answer));
            return keyed;
        });
        return Optional.ofNullable(byKey.get(fieldKey));
    }
}
