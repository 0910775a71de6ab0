package dk.refleksionsbog.core.summary;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a loop, or every loop of a challenge, from the journal and words it with the journal's
 * template set, in the journal's language, ready for {@link SummaryPdfRenderer} or a preview.
 */
public final class LoopSummaryBuilder {
    private final JournalStore store;
    private final TemplateSet templateSet;
    private final Clock clock;

    public LoopSummaryBuilder(JournalStore store, TemplateSet templateSet) {
        this(store, templateSet, Clock.systemDefaultZone());
    }

    /** @param clock gives the print date and the time zone in which comments are dated */
    public LoopSummaryBuilder(JournalStore store, TemplateSet templateSet, Clock clock) {
        this.store = store;
        this.templateSet = templateSet;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the journal has no such loop */
    public LoopSummary forLoop(UUID loopId) {
        Loop loop = store.loops().find(loopId)
                .orElseThrow(() -> new IllegalArgumentException("This journal has no loop with id " + loopId));
        return summarise(store.journal(), challenge(loop.challengeId()), loop);
    }

    /**
     * One summary per loop of the challenge, by loop number: a whole challenge in one PDF.
     *
     * @throws IllegalArgumentException when the journal has no such challenge
     */
    public List<LoopSummary> forChallenge(UUID challengeId) {
        Challenge challenge = challenge(challengeId);
        Journal journal = store.journal();
        return store.loops().listByChallenge(challengeId).stream()
                .map(loop -> summarise(journal, challenge, loop))
                .toList();
    }

    private Challenge challenge(UUID challengeId) {
        return store.challenges().find(challengeId)
                .orElseThrow(() -> new IllegalArgumentException("This journal has no challenge with id " + challengeId));
    }

    private LoopSummary summarise(Journal journal, Challenge challenge, Loop loop) {
        LocalDate today = LocalDate.now(clock);
        Optional<Meeting> meeting = meetingFor(loop, today);
        LoopSummaryAssembly assembly = new LoopSummaryAssembly(
                templateSet,
                templateSet.wording(journal),
                clock.getZone(),
                store.answers().listByOwner(loop.id()),
                meeting.map(found -> store.answers().listByOwner(found.id())).orElse(List.of()),
                store.comments().listByLoop(loop.id()));
        return assembly.summary(journal, challenge, loop,
                store.entries().list(EntryQuery.ofLoop(loop.id())),
                meeting.map(Meeting::date).orElse(null), today);
    }

    /**
     * The meeting the leader prepares for: the next one linked to the loop, or, when none lies
     * ahead, the latest one.
     */
    private Optional<Meeting> meetingFor(Loop loop, LocalDate today) {
        List<Meeting> linked = store.meetings().list().stream()
                .filter(meeting -> loop.id().equals(meeting.loopId()))
                .toList();
        Optional<Meeting> next = linked.stream()
                .filter(meeting -> !meeting.date().isBefore(today))
                .min(Comparator.comparing(Meeting::date));
        return next.or(() -> linked.stream().max(Comparator.comparing(Meeting::date)));
    }
}
