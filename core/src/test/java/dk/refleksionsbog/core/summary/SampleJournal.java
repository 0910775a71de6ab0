package dk.refleksionsbog.core.summary;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.entry.EvidenceLevel;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.meeting.MeetingKind;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Writes a leader's realistic challenge into a real journal file: loop 1 finished, loop 2 in
 * REFLECTION with every kind of text the summary prints, entries, a meeting and comments.
 */
final class SampleJournal {
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** 23 November 2026, 09:00 in Copenhagen. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), COPENHAGEN);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String OWNER = "Mette Søgaard Ærø";

    final Challenge challenge;
    final Loop firstLoop;
    final Loop loop;
    final Meeting nextMeeting;
    final Answer indicators;
    final Answer challengeQuestion;
    final Entry observation;

    private final JournalStore store;
    private Instant now;

    /** @param language the journal's language, "da" or "en" */
    SampleJournal(JournalStore store, String language) {
        this.store = store;
        this.now = store.journal().createdAt();
        store.saveJournal(store.journal().withOwnerName(OWNER, tick()).withLanguage(language, tick()));
        challenge = Challenge.create(UUID.randomUUID(), "Færre overdragelser, mere sammenhæng for borgeren", tick())
                .withDescription("Borgere i hjemmeplejen møder for mange forskellige medarbejdere i løbet af en uge.",
                        tick());
        store.challenges().save(challenge);

        Loop first = Loop.first(UUID.randomUUID(), challenge.id(), tick());
        for (int step = 0; step < 5; step++) {
            first = first.advance(tick());
        }
        store.loops().save(first);
        answer(first, LoopField.DECIDED_NEXT_ACTION.key(), "Første loop: prøv faste teams på én rute.");
        Loop.Succession succession = first.finish("Afprøv faste kontaktpersoner i én rute mere og inddrag de pårørende.",
                UUID.randomUUID(), tick());
        firstLoop = succession.finished();
        store.loops().save(firstLoop);

        Loop second = succession.next();
        for (int step = 0; step < 3; step++) {
            second = second.advance(tick());
        }
        loop = second.withRatingBefore(4, tick()).withRatingAfter(2, tick())
                .withFirstReflectionMeeting(LocalDate.of(2026, 12, 8), tick());
        store.loops().save(loop);

        challengeQuestion = answer(loop, "phase.challenge.q1", "Som et spørgsmål om tillid mellem vagtlagene.");
        answer(loop, "phase.planning.q1", "Faste teams på to ruter i fire uger.");
        answer(loop, "phase.planning.q2", "Søndergårds rute, hvor to faste medarbejdere har kørt i et år.");
        answer(loop, LoopField.TRIAL_BASELINE.key(), "En borger møder 11 forskellige medarbejdere om ugen.");
        answer(loop, LoopField.TRIAL_SUCCESS_CRITERION.key(), "Borgerne oplever tryghed og sammenhæng.");
        indicators = answer(loop, LoopField.TRIAL_INDICATORS.key(), "Færre forskellige ansigter; færre opkald fra pårørende.");
        answer(loop, LoopField.TRIAL_METHODS.key(), "Vagtplanen og korte samtaler med fem borgere.");
        answer(loop, "phase.action.q1", "Planlæggeren og to teamledere lagde ruterne om.");
        answer(loop, "phase.action.q3", "Økonomiafdelingen hjalp med kørselstiden.");
        answer(loop, "phase.observation.q1", "Vi kigger efter, hvem borgeren nævner ved navn.");
        answer(loop, LoopField.EVALUATION_THINK_BEFORE.key(), "Et planlægningsproblem, som økonomien styrer.");
        answer(loop, LoopField.EVALUATION_THINK_AFTER.key(), "Det handler også om kultur og om at give ansvar væk.");
        answer(loop, LoopField.EVALUATION_THINK_DIFFERENCE.key(), "Medarbejderne er medejere af løsningen.");
        answer(loop, LoopField.EVALUATION_DO_BEFORE.key(), "Vi lapper huller i vagtplanen fra dag til dag.");
        answer(loop, LoopField.EVALUATION_DO_AFTER.key(), "Teamene fordeler selv opgaverne på ugemødet.");
        answer(loop, LoopField.EVALUATION_DO_DIFFERENCE.key(), "Færre akutte ændringer; mere ro.");
        answer(loop, LoopField.EVALUATION_STAR_MOMENTS.key(), "Aftenvagten mødte selv ti minutter før.");
        answer(loop, "phase.reflection.q1", "Det virker, når teamet selv ejer ruten.");
        answer(loop, LoopField.DECIDED_NEXT_ACTION.key(), "Udvide til to ruter mere og holde et dialogmøde.");
        answer(loop, "phase.newAction.q2", "Vi følger op på hvert andet ugemøde.");
        answer(loop, "meeting.patternAnalysis", "Hvordan får jeg økonomien med, uden at det bliver en spareøvelse?");

        observation = entry(EntryKind.OBSERVATION, LocalDate.of(2026, 11, 3),
                "Tre ud af fem borgere kendte »pigen fra i går«.").withEvidenceLevel(EvidenceLevel.EXPERIENCES, tick());
        store.entries().save(observation);
        entry(EntryKind.INSIGHT, LocalDate.of(2026, 11, 10), "Sammenhæng opstår i de små overleveringer på gangen.");
        entry(EntryKind.NOTE, LocalDate.of(2026, 11, 1), "Første uge: uro om de nye ruter.");
        entry(EntryKind.STAR_MOMENT, LocalDate.of(2026, 11, 12), "Fru Østergaard bad om at få »sit team« med.");

        Meeting past = meeting(LocalDate.of(2026, 10, 20));
        answer(past, "meeting.patternAnalysis", "Gammel note fra mødet i oktober.");
        nextMeeting = meeting(LocalDate.of(2027, 1, 12));
        meeting(LocalDate.of(2027, 3, 4));
        answer(nextMeeting, "interview.supporting.q4", "At fastholde ro på ruterne, når sygefraværet stiger.");

        comment(indicators.id(), "Jørgen Å. Møller", "Hvad sagde de pårørende?", Instant.parse("2026-11-20T23:30:00Z"));
        comment(observation.id(), "Jørgen Å. Møller", "Godt at du skelner erfaringer fra data.", tick());
        comment(challengeQuestion.id(), "Anne Ørsted", "Tillid er et godt spor.", tick());
    }

    /** A second challenge with its own loop and entries, which no summary of the first may show. */
    void addUnrelatedChallenge() {
        Challenge other = Challenge.create(UUID.randomUUID(), "Anden udfordring", tick());
        store.challenges().save(other);
        Loop otherLoop = Loop.first(UUID.randomUUID(), other.id(), tick());
        store.loops().save(otherLoop);
        answer(otherLoop, "phase.challenge.q1", "Svar i en anden udfordring.");
        Entry entry = Entry.create(UUID.randomUUID(), EntryKind.STAR_MOMENT, "Stjernestund fra en anden udfordring.",
                TODAY, tick()).linkedTo(other.id(), otherLoop.id(), null, tick());
        store.entries().save(entry);
        store.entries().save(Entry.create(UUID.randomUUID(), EntryKind.NOTE, "Notat uden loop.", TODAY, tick()));
    }

    private Answer answer(Loop owner, String key, String text) {
        Answer answer = Answer.create(UUID.randomUUID(), owner.id(), key, text, tick());
        store.answers().save(answer);
        return answer;
    }

    private Answer answer(Meeting owner, String key, String text) {
        Answer answer = Answer.create(UUID.randomUUID(), owner.id(), key, text, tick());
        store.answers().save(answer);
        return answer;
    }

    private Entry entry(EntryKind kind, LocalDate day, String text) {
        Entry entry = Entry.create(UUID.randomUUID(), kind, text, day, tick()).linkedTo(challenge.id(), loop.id(),
                kind == EntryKind.STAR_MOMENT ? Phase.OBSERVATION : null, tick());
        store.entries().save(entry);
        return entry;
    }

    private Meeting meeting(LocalDate date) {
        Meeting meeting = Meeting.create(UUID.randomUUID(), MeetingKind.NETWORK, date, tick())
                .linkedTo(challenge.id(), loop.id(), tick());
        store.meetings().save(meeting);
        return meeting;
    }

    private void comment(UUID target, String author, String text, Instant at) {
        store.comments().save(SparringComment.create(UUID.randomUUID(), target, loop.id(), author, text, at));
    }

    private Instant tick() {
        now = now.plusSeconds(60);
        return now;
    }
}
