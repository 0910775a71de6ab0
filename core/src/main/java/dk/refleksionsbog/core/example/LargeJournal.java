package dk.refleksionsbog.core.example;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.challenge.ChallengeStatus;
import dk.refleksionsbog.core.domain.challenge.WorkMode;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.jobvisit.LeadershipForm;
import dk.refleksionsbog.core.domain.jobvisit.VisitRole;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A large, deterministic journal for benchmarks and load tests: three years of a busy leader's
 * writing with the given number of entries (0.5–2 KB of Danish prose each), one challenge per
 * 500 entries with one to four loops that have every phase answered, ratings, reflection
 * meetings, job visits and sparring comments. The same seed always gives the same journal.
 */
public final class LargeJournal {
    public static final long DEFAULT_SEED = 20261123L;
    private static final int ENTRIES_PER_CHALLENGE = 500;
    private static final int BATCH = 2_000;
    private static final List<String> PHASE_QUESTIONS = List.of(
            "phase.challenge.q1", "phase.challenge.q2", "phase.challenge.q3",
            "phase.planning.q1", "phase.planning.q2",
            "phase.action.q1", "phase.action.q2", "phase.action.q3",
            "phase.observation.q1", "phase.observation.q2",
            "phase.reflection.q1",
            "phase.newAction.q1", "phase.newAction.q2");
    private static final List<String> MEETING_AGENDA = List.of(
            "meeting.reflectionRound", "meeting.patternAnalysis", "meeting.nextLoopDecision");

    private final JournalStore store;
    private final Random random;
    private final ZoneId zone;
    private final Instant start;
    private final long spanSeconds;
    private final List<Loop> loops = new ArrayList<>();
    private long idCounter;
    private final long seed;

    private LargeJournal(JournalStore store, Clock clock, long seed) {
        this.store = store;
        this.seed = seed;
        this.random = new Random(seed);
        this.zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        this.start = today.minusYears(3).atStartOfDay(zone).toInstant();
        this.spanSeconds = Duration.between(start, today.atStartOfDay(zone).toInstant()).getSeconds();
    }

    /** Writes the journal in large transactions, so 100,000 entries take seconds, not minutes. */
    public static void writeInto(JournalStore store, Clock clock, int entryCount, long seed) {
        if (entryCount < 1) {
            throw new IllegalArgumentException("The number of entries must be at least 1, was " + entryCount);
        }
        LargeJournal journal = new LargeJournal(store, clock, seed);
        int challenges = Math.max(2, entryCount / ENTRIES_PER_CHALLENGE);
        store.inTransaction(() -> {
            for (int i = 0; i < challenges; i++) {
                journal.writeChallenge(i, challenges);
            }
        });
        for (int written = 0; written < entryCount; written += BATCH) {
            int batch = Math.min(BATCH, entryCount - written);
            store.inTransaction(() -> {
                for (int i = 0; i < batch; i++) {
                    journal.writeEntry();
                }
            });
        }
    }

    private void writeChallenge(int index, int count) {
        Instant created = start.plusSeconds(spanSeconds * index / count);
        Challenge challenge = new Challenge(nextId(), capitalised(DanishText.topic(random)) + " i "
                + DanishText.place(random), DanishText.paragraphs(random, 300),
                index < count - 3 ? ChallengeStatus.CLOSED : ChallengeStatus.ACTIVE,
                List.of(pickTag()), "Selvværd og sammenhæng", DanishText.sentence(random),
                "To timer om ugen", random.nextBoolean() ? WorkMode.ALONE : WorkMode.LEARNING_GROUP, null,
                created, created);
        store.challenges().save(challenge);
        int loopCount = 1 + random.nextInt(4);
        Instant at = created;
        Loop loop = Loop.first(nextId(), challenge.id(), at);
        for (int number = 1; number <= loopCount; number++) {
            boolean last = number == loopCount;
            while (loop.currentPhase() != Phase.NEW_ACTION && (!last || random.nextInt(3) > 0)) {
                at = at.plus(Duration.ofDays(3 + random.nextInt(12)));
                loop = loop.advance(at);
                if (loop.currentPhase() == Phase.REFLECTION) {
                    loop = loop.withRatingBefore(1 + random.nextInt(5), at).withRatingAfter(1 + random.nextInt(5), at);
                }
            }
            if (last) {
                store.loops().save(loop);
                loops.add(loop);
                answerLoop(loop, at);
                break;
            }
            at = at.plus(Duration.ofDays(1));
            Loop.Succession succession = loop.finish(DanishText.sentence(random), nextId(), at);
            store.loops().save(succession.finished());
            loops.add(succession.finished());
            answerLoop(succession.finished(), at);
            writeMeeting(succession.finished(), at);
            loop = succession.next();
        }
        if (index % 5 == 0) {
            writeJobVisit(challenge, created.plus(Duration.ofDays(20)));
        }
    }

    private void answerLoop(Loop loop, Instant at) {
        List<String> keys = new ArrayList<>();
        for (String key : PHASE_QUESTIONS) {
            if (!loop.currentPhase().isBefore(phaseOf(key))) {
                keys.add(key);
            }
        }
        for (LoopField field : LoopField.values()) {
            if (!loop.currentPhase().isBefore(field.phase())) {
                keys.add(field.key());
            }
        }
        for (String key : keys) {
            store.answers().save(Answer.create(nextId(), loop.id(), key, DanishText.paragraphs(random, 200 + random.nextInt(600)), at));
        }
        if (random.nextInt(10) == 0 && !keys.isEmpty()) {
            Answer commented = store.answers().find(loop.id(), keys.get(random.nextInt(keys.size()))).orElseThrow();
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                store.comments().save(SparringComment.create(nextId(), commented.id(), loop.id(),
                        DanishText.name(random) + " (netværksgruppen)", DanishText.sentence(random),
                        at.plus(Duration.ofHours(1 + i))));
            }
        }
    }

    private void writeMeeting(Loop loop, Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        Meeting meeting = new Meeting(nextId(), MeetingKind.REFLECTION, "Refleksionsmøde, loop " + loop.number(),
                date, LocalTime.of(9 + random.nextInt(7), 0), 60, "Mødelokale " + (1 + random.nextInt(6)),
                List.of(DanishText.name(random), DanishText.name(random)), loop.challengeId(), loop.id(), at, at);
        store.meetings().save(meeting);
        for (String key : MEETING_AGENDA) {
            store.answers().save(Answer.create(nextId(), meeting.id(), key, DanishText.paragraphs(random, 150), at));
        }
    }

    private void writeJobVisit(Challenge challenge, Instant at) {
        JobVisit visit = new JobVisit(nextId(), random.nextBoolean() ? VisitRole.HOST : VisitRole.GUEST,
                DanishText.name(random) + ", " + DanishText.place(random), DanishText.sentence(random),
                at.atZone(zone).toLocalDate(), List.of(LeadershipForm.values()[random.nextInt(LeadershipForm.values().length)]),
                challenge.id(), at, at);
        store.jobVisits().save(visit);
        store.answers().save(Answer.create(nextId(), visit.id(), "jobVisit.observations",
                DanishText.paragraphs(random, 400), at));
    }

    private void writeEntry() {
        Instant at = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
        EntryKind kind = EntryKind.values()[random.nextInt(EntryKind.values().length)];
        String text = DanishText.paragraphs(random, 500 + random.nextInt(1500));
        Entry entry = new Entry(nextId(), kind, text, at.atZone(zone).toLocalDate(),
                random.nextInt(3) == 0 ? List.of(pickTag()) : List.of(), null, null, null,
                kind == EntryKind.OBSERVATION && random.nextBoolean()
                        ? EvidenceLevel.values()[random.nextInt(EvidenceLevel.values().length)]
                        : null,
                at, at);
        if (random.nextInt(5) < 3) {
            Loop loop = loops.get(random.nextInt(loops.size()));
            entry = entry.linkedTo(loop.challengeId(), loop.id(), loop.currentPhase(), at);
        }
        store.entries().save(entry);
    }

    private String pickTag() {
        return List.of("borger", "organisation", "økonomi").get(random.nextInt(3));
    }

    private UUID nextId() {
        return UUID.nameUUIDFromBytes(("refleksionsbog-large:" + seed + ":" + idCounter++)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Phase phaseOf(String questionKey) {
        String phase = questionKey.split("\\.")[1];
        return switch (phase) {
            case "challenge" -> Phase.CHALLENGE;
            case "planning" -> Phase.PLANNING;
            case "action" -> Phase.ACTION;
            case "observation" -> Phase.OBSERVATION;
            case "reflection" -> Phase.REFLECTION;
            default -> Phase.NEW_ACTION;
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
