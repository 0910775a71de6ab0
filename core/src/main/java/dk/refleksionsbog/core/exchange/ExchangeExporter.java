package dk.refleksionsbog.core.exchange;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.AtomicFiles;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Builds exchange documents from the journal and writes them to files.
 *
 * <p>A loop or challenge that someone shared with this journal is not the leader's to pass on:
 * exporting it yields only the comments on it ({@link ExchangeScope#COMMENTS}), which is exactly
 * the file the sparring partner sends back to the owner.
 */
public final class ExchangeExporter {
    private static final Comparator<Answer> ANSWER_ORDER =
            Comparator.comparing(Answer::fieldKey).thenComparing(Answer::id);
    private static final Comparator<Entry> ENTRY_ORDER = Comparator.comparing(Entry::occurredOn)
            .thenComparing(Entry::createdAt).thenComparing(Entry::id);
    private static final Comparator<SparringComment> COMMENT_ORDER =
            Comparator.comparing(SparringComment::createdAt).thenComparing(SparringComment::id);

    private final JournalStore store;
    private final Clock clock;
    private final ExchangeCrypto crypto;

    public ExchangeExporter(JournalStore store, Clock clock, ExchangeCrypto crypto) {
        this.store = store;
        this.clock = clock;
        this.crypto = crypto;
    }

    public ExchangeExporter(JournalStore store, Clock clock) {
        this(store, clock, new ExchangeCrypto());
    }

    /** One loop with its challenge, answers, linked entries and comments; only the comments if it was shared with us. */
    public ExchangeDocument loop(UUID loopId) {
        Loop loop = store.loops().find(loopId)
                .orElseThrow(() -> new NoSuchElementException("There is no loop with id " + loopId));
        Challenge challenge = store.challenges().find(loop.challengeId())
                .orElseThrow(() -> new NoSuchElementException("The challenge of loop " + loopId + " is missing"));
        if (challenge.isShared()) {
            return document(ExchangeScope.COMMENTS, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), comments(List.of(loop)));
        }
        return document(ExchangeScope.LOOP, null, List.of(challenge), List.of(loop), answersOf(List.of(loop)),
                sorted(store.entries().list(EntryQuery.ofLoop(loopId))), List.of(), List.of(),
                comments(List.of(loop)));
    }

    /** One challenge with all its loops; only the comments on it if it was shared with us. */
    public ExchangeDocument challenge(UUID challengeId) {
        Challenge challenge = store.challenges().find(challengeId)
                .orElseThrow(() -> new NoSuchElementException("There is no challenge with id " + challengeId));
        List<Loop> loops = store.loops().listByChallenge(challengeId);
        if (challenge.isShared()) {
            return document(ExchangeScope.COMMENTS, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), comments(loops));
        }
        List<Entry> entries = store.entries()
                .list(new EntryQuery(null, null, challengeId, null, 0, Integer.MAX_VALUE));
        return document(ExchangeScope.CHALLENGE, null, List.of(challenge), loops, answersOf(loops), sorted(entries),
                List.of(), List.of(), comments(loops));
    }

    /** Everything in the journal, with its settings. */
    public ExchangeDocument journal() {
        List<Challenge> challenges = store.challenges().list();
        List<Loop> loops = new ArrayList<>();
        for (Challenge challenge : challenges) {
            loops.addAll(store.loops().listByChallenge(challenge.id()));
        }
        List<Meeting> meetings = store.meetings().list().stream()
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::createdAt).thenComparing(Meeting::id))
                .toList();
        List<JobVisit> visits = store.jobVisits().list().stream()
                .sorted(Comparator.comparing(JobVisit::createdAt).thenComparing(JobVisit::id))
                .toList();
        List<Answer> answers = new ArrayList<>(answersOf(loops));
        meetings.forEach(meeting -> answers.addAll(answersOf(meeting.id())));
        visits.forEach(visit -> answers.addAll(answersOf(visit.id())));
        List<Entry> entries = sorted(store.entries().list(EntryQuery.all(Integer.MAX_VALUE)));
        return document(ExchangeScope.JOURNAL, store.journal(), challenges, loops, answers, entries, meetings, visits,
                comments(loops));
    }

    /** The document as the UTF-8 bytes of the file, two-space indented with \n line ends on every platform. */
    public byte[] toBytes(ExchangeDocument document) {
        return ExchangeWriter.toBytes(document);
    }

    /**
     * Writes the document atomically: the target holds either its old content or the whole export.
     *
     * @param passphrase null for a plain JSON file; otherwise the file is encrypted with it
     */
    public void write(ExchangeDocument document, Path target, char[] passphrase) throws IOException {
        byte[] json = toBytes(document);
        AtomicFiles.write(target, passphrase == null ? json : crypto.encrypt(json, passphrase));
    }

    private ExchangeDocument document(ExchangeScope scope, Journal settings, List<Challenge> challenges,
            List<Loop> loops, List<Answer> answers, List<Entry> entries, List<Meeting> meetings,
            List<JobVisit> visits, List<SparringComment> comments) {
        Journal journal = store.journal();
        return new ExchangeDocument(
                ExchangeFormat.FORMAT,
                ExchangeFormat.VERSION,
                clock.instant(),
                journal.ownerName(),
                journal.id(),
                scope.wireName(),
                settings == null ? null : ExchangeMapper.toDto(settings),
                challenges.stream().map(ExchangeMapper::toDto).toList(),
                loops.stream().map(ExchangeMapper::toDto).toList(),
                answers.stream().map(ExchangeMapper::toDto).toList(),
                entries.stream().map(ExchangeMapper::toDto).toList(),
                meetings.stream().map(ExchangeMapper::toDto).toList(),
                visits.stream().map(ExchangeMapper::toDto).toList(),
                comments.stream().map(ExchangeMapper::toDto).toList());
    }

    private List<Answer> answersOf(List<Loop> loops) {
        List<Answer> answers = new ArrayList<>();
        loops.forEach(loop -> answers.addAll(answersOf(loop.id())));
        return answers;
    }

    private List<Answer> answersOf(UUID ownerId) {
        return store.answers().listByOwner(ownerId).stream().sorted(ANSWER_ORDER).toList();
    }

    private List<SparringComment> comments(List<Loop> loops) {
        List<SparringComment> comments = new ArrayList<>();
        loops.forEach(loop -> comments.addAll(store.comments().listByLoop(loop.id())));
        return comments.stream().sorted(COMMENT_ORDER).toList();
    }

    private static List<Entry> sorted(List<Entry> entries) {
        return entries.stream().sorted(ENTRY_ORDER).toList();
    }
}
