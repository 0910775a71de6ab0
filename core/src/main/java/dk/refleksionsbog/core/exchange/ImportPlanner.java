package dk.refleksionsbog.core.exchange;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.jobvisit.JobVisit;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides, without writing anything, what importing a document would do: it maps every object to
 * its domain record (so the domain rules apply), checks ids and references against the file and
 * the journal, and merges by id so that a newer local version always wins. Any problem rejects
 * the whole file.
 */
final class ImportPlanner {
    private static final String UNKNOWN_OWNER = "Ukendt";

    private enum Kind {
        CHALLENGE("challenge", "a challenge"),
        LOOP("loop", "a loop"),
        ANSWER("answer", "an answer"),
        ENTRY("entry", "an entry"),
        MEETING("meeting", "a meeting"),
        JOB_VISIT("job visit", "a job visit"),
        COMMENT("comment", "a comment");

        final String label;
        final String withArticle;

        Kind(String label, String withArticle) {
            this.label = label;
            this.withArticle = withArticle;
        }
    }

    private enum Decision {
        ADD,
        UPDATE,
        UNCHANGED,
        KEEP_LOCAL
    }

    /** The records to save, in an order that satisfies every reference, and the report to show. */
    record Plan(
            ImportReport report,
            Journal journalSettings,
            List<Challenge> challenges,
            List<Loop> loops,
            List<Meeting> meetings,
            List<JobVisit> jobVisits,
            List<Answer> answers,
            List<Entry> entries,
            List<SparringComment> comments,
            Set<UUID> added) {

        /** Whether the plan adds this record (it was not in the journal when planned), rather than updating it. */
        boolean adds(UUID id) {
            return added.contains(id);
        }
    }

    private final JournalStore store;
    private final ExchangeDocument document;
    private final ExchangeScope scope;
    private final boolean fromThisJournal;
    private final String sharedBy;

    private final Map<UUID, String> locations = new HashMap<>();
    private final Map<UUID, Challenge> fileChallenges = new LinkedHashMap<>();
    private final Map<UUID, Loop> fileLoops = new LinkedHashMap<>();
    private final Map<UUID, Answer> fileAnswers = new LinkedHashMap<>();
    private final Map<UUID, Entry> fileEntries = new LinkedHashMap<>();
    private final Map<UUID, Meeting> fileMeetings = new LinkedHashMap<>();
    private final Map<UUID, JobVisit> fileVisits = new LinkedHashMap<>();
    private final Map<UUID, SparringComment> fileComments = new LinkedHashMap<>();
    private LocalRecords local;
    private final Set<UUID> addedIds = new HashSet<>();

    private int added;
    private int updated;
    private int unchanged;
    private int keptLocal;
    private int commentsAdded;

    private ImportPlanner(JournalStore store, ExchangeDocument document) throws ImportRejectedException {
        this.store = store;
        this.document = document;
        this.scope = ExchangeScope.byWireName(document.scope())
                .orElseThrow(() -> new ImportRejectedException("/scope: unknown scope " + document.scope()));
        this.fromThisJournal = document.journalId().equals(store.journal().id());
        // Someone else's loop, challenge or journal is shown as shared with us; the one exception is
        // a whole journal taken over by an empty one, which is the user's own journal moving in.
        boolean restore = scope == ExchangeScope.JOURNAL && journalIsEmpty();
        boolean sharing = !fromThisJournal && scope != ExchangeScope.COMMENTS && !restore;
        String owner = document.exportedBy() == null || document.exportedBy().isBlank()
                ? UNKNOWN_OWNER
                : document.exportedBy().strip();
        this.sharedBy = sharing ? owner : null;
    }

    static Plan plan(JournalStore store, ExchangeDocument document) throws ImportRejectedException {
        return new ImportPlanner(store, document).plan();
    }

    private Plan plan() throws ImportRejectedException {
        readFileObjects();
        local = new LocalRecords(store, locations.keySet());
        checkReferences();
        Journal settings = planJournalSettings();
        List<Challenge> challenges = new ArrayList<>();
        for (Challenge challenge : fileChallenges.values()) {
            planChallenge(challenge).ifPresent(challenges::add);
        }
        List<Loop> loops = planAll(Kind.LOOP, fileLoops, local::loop, Loop::updatedAt,
                loop -> isSharedWithUs(loop.challengeId()));
        List<Meeting> meetings = planAll(Kind.MEETING, fileMeetings, local::meeting, Meeting::updatedAt,
                meeting -> false);
        List<JobVisit> visits = planAll(Kind.JOB_VISIT, fileVisits, local::jobVisit, JobVisit::updatedAt,
                visit -> false);
        List<Answer> answers = planAll(Kind.ANSWER, fileAnswers, local::answer, Answer::updatedAt,
                answer -> loopOf(answer.ownerId()).map(loop -> isSharedWithUs(loop.challengeId())).orElse(false));
        List<Entry> entries = planAll(Kind.ENTRY, fileEntries, local::entry, Entry::updatedAt,
                entry -> entry.challengeId() != null && isSharedWithUs(entry.challengeId()));
        int addedBeforeComments = added;
        List<SparringComment> comments = planAll(Kind.COMMENT, fileComments, local::comment,
                SparringComment::updatedAt, comment -> true);
        commentsAdded = added - addedBeforeComments;
        ImportReport report = new ImportReport(scope, document.exportedBy(), document.exportedAt(), sharedBy, added,
                updated, unchanged, keptLocal, commentsAdded);
        return new Plan(report, settings, challenges, loops, meetings, visits, answers, entries, comments, addedIds);
    }

    private void readFileObjects() throws ImportRejectedException {
        collect(Kind.CHALLENGE, "challenges", document.challenges(), ExchangeDocument.ChallengeDto::id,
                ExchangeMapper::toDomain, Challenge::id, fileChallenges);
        collect(Kind.LOOP, "loops", document.loops(), ExchangeDocument.LoopDto::id, ExchangeMapper::toDomain,
                Loop::id, fileLoops);
        collect(Kind.ANSWER, "answers", document.answers(), ExchangeDocument.AnswerDto::id, ExchangeMapper::toDomain,
                Answer::id, fileAnswers);
        collect(Kind.ENTRY, "entries", document.entries(), ExchangeDocument.EntryDto::id, ExchangeMapper::toDomain,
                Entry::id, fileEntries);
        collect(Kind.MEETING, "meetings", document.meetings(), ExchangeDocument.MeetingDto::id,
                ExchangeMapper::toDomain, Meeting::id, fileMeetings);
        collect(Kind.JOB_VISIT, "jobVisits", document.jobVisits(), ExchangeDocument.JobVisitDto::id,
                ExchangeMapper::toDomain, JobVisit::id, fileVisits);
        collect(Kind.COMMENT, "comments", document.comments(), ExchangeDocument.CommentDto::id,
                ExchangeMapper::toDomain, SparringComment::id, fileComments);
    }

    private <D, T> void collect(Kind kind, String array, List<D> dtos, Function<D, UUID> dtoId, Function<D, T> toDomain,
            Function<T, UUID> idOf, Map<UUID, T> into) throws ImportRejectedException {
        for (int index = 0; index < dtos.size(); index++) {
            D dto = dtos.get(index);
            String location = "/" + array + "/" + index + " (" + kind.label + " " + dtoId.apply(dto) + ")";
            T record;
            try {
                record = toDomain.apply(dto);
            } catch (RuntimeException brokenRule) {
                throw new ImportRejectedException(location + ": " + describe(brokenRule), brokenRule);
            }
            UUID id = idOf.apply(record);
            String earlier = locations.putIfAbsent(id, location);
            if (earlier != null) {
                throw new ImportRejectedException(location + ": the id " + id + " is used twice in the file (also at "
                        + earlier + ")");
            }
            into.put(id, record);
        }
    }

    private void checkReferences() throws ImportRejectedException {
        Map<String, UUID> loopNumbers = new HashMap<>();
        for (Loop loop : fileLoops.values()) {
            requireChallenge(loop.challengeId(), loop.id());
            UUID other = loopNumbers.putIfAbsent(loop.challengeId() + "#" + loop.number(), loop.id());
            if (other != null) {
                throw reject(loop.id(), "loop number " + loop.number() + " is also used by loop " + other
                        + " of the same challenge");
            }
            Optional<Loop> localLoop = local.loop(loop.id());
            if (localLoop.isPresent() && !localLoop.get().challengeId().equals(loop.challengeId())) {
                throw reject(loop.id(), "this loop belongs to another challenge in your journal");
            }
            for (Loop journalLoop : local.loopsOf(loop.challengeId())) {
                if (journalLoop.number() == loop.number() && !journalLoop.id().equals(loop.id())) {
                    throw reject(loop.id(), "your journal already has a loop " + loop.number()
                            + " on this challenge (" + journalLoop.id() + ")");
                }
            }
        }
        Map<String, UUID> answerKeys = new HashMap<>();
        for (Answer answer : fileAnswers.values()) {
            boolean ownerKnown = loopOf(answer.ownerId()).isPresent()
                    || fileMeetings.containsKey(answer.ownerId()) || local.meeting(answer.ownerId()).isPresent()
                    || fileVisits.containsKey(answer.ownerId()) || local.jobVisit(answer.ownerId()).isPresent();
            if (!ownerKnown) {
                throw reject(answer.id(), "it belongs to " + answer.ownerId()
                        + ", which is neither a loop, a meeting nor a job visit in the file or your journal");
            }
            UUID other = answerKeys.putIfAbsent(answer.ownerId() + "#" + answer.fieldKey(), answer.id());
            if (other != null) {
                throw reject(answer.id(), "the question " + answer.fieldKey() + " is also answered by " + other);
            }
            Optional<Answer> localAnswer = local.answer(answer.id());
            if (localAnswer.isPresent() && !localAnswer.get().ownerId().equals(answer.ownerId())) {
                throw reject(answer.id(), "this answer belongs to something else in your journal");
            }
            Optional<Answer> sameQuestion = local.answer(answer.ownerId(), answer.fieldKey());
            if (sameQuestion.isPresent() && !sameQuestion.get().id().equals(answer.id())) {
                throw reject(answer.id(), "your journal already has an answer to " + answer.fieldKey() + " ("
                        + sameQuestion.get().id() + ")");
            }
        }
        for (Entry entry : fileEntries.values()) {
            if (entry.challengeId() != null) {
                requireChallenge(entry.challengeId(), entry.id());
            }
            if (entry.loopId() != null) {
                Loop loop = loopOf(entry.loopId())
                        .orElseThrow(() -> reject(entry.id(), "its loop " + entry.loopId() + " does not exist"));
                if (!loop.challengeId().equals(entry.challengeId())) {
                    throw reject(entry.id(), "its loop " + entry.loopId() + " belongs to another challenge");
                }
            }
        }
        for (Meeting meeting : fileMeetings.values()) {
            if (meeting.challengeId() != null) {
                requireChallenge(meeting.challengeId(), meeting.id());
            }
            if (meeting.loopId() != null && loopOf(meeting.loopId()).isEmpty()) {
                throw reject(meeting.id(), "its loop " + meeting.loopId() + " does not exist");
            }
        }
        for (JobVisit visit : fileVisits.values()) {
            if (visit.challengeId() != null) {
                requireChallenge(visit.challengeId(), visit.id());
            }
        }
        for (SparringComment comment : fileComments.values()) {
            checkCommentTarget(comment);
        }
        checkIdsAgainstOtherKinds();
    }

    private void checkCommentTarget(SparringComment comment) throws ImportRejectedException {
        if (loopOf(comment.loopId()).isEmpty()) {
            throw reject(comment.id(), "its loop " + comment.loopId() + " is neither in the file nor in your journal");
        }
        Optional<Answer> answer = answerOf(comment.targetId());
        Optional<Entry> entry = entryOf(comment.targetId());
        if (answer.isEmpty() && entry.isEmpty()) {
            throw reject(comment.id(), "the text it comments on (" + comment.targetId()
                    + ") is neither in the file nor in your journal");
        }
        Optional<UUID> targetLoop = answer.map(Answer::ownerId).or(() -> entry.map(Entry::loopId));
        if (targetLoop.isEmpty() || !targetLoop.get().equals(comment.loopId())) {
            throw reject(comment.id(), "the text it comments on (" + comment.targetId() + ") is not part of loop "
                    + comment.loopId());
        }
        Optional<SparringComment> localComment = local.comment(comment.id());
        if (localComment.isPresent() && !localComment.get().targetId().equals(comment.targetId())) {
            throw reject(comment.id(), "this comment is attached to other text in your journal");
        }
    }

    /** An id the journal already uses for another kind of object would make the import ambiguous. */
    private void checkIdsAgainstOtherKinds() throws ImportRejectedException {
        for (UUID id : fileChallenges.keySet()) {
            requireNotOtherKind(id, Kind.CHALLENGE);
        }
        for (UUID id : fileLoops.keySet()) {
            requireNotOtherKind(id, Kind.LOOP);
        }
        for (UUID id : fileAnswers.keySet()) {
            requireNotOtherKind(id, Kind.ANSWER);
        }
        for (UUID id : fileEntries.keySet()) {
            requireNotOtherKind(id, Kind.ENTRY);
        }
        for (UUID id : fileMeetings.keySet()) {
            requireNotOtherKind(id, Kind.MEETING);
        }
        for (UUID id : fileVisits.keySet()) {
            requireNotOtherKind(id, Kind.JOB_VISIT);
        }
        for (UUID id : fileComments.keySet()) {
            requireNotOtherKind(id, Kind.COMMENT);
        }
    }

    private void requireNotOtherKind(UUID id, Kind kind) throws ImportRejectedException {
        if (journalHas(kind, id)) {
            return;
        }
        for (Kind other : Kind.values()) {
            if (other != kind && journalHas(other, id)) {
                throw reject(id, "your journal already uses this id for " + other.withArticle);
            }
        }
    }

    private boolean journalHas(Kind kind, UUID id) {
        return switch (kind) {
            case CHALLENGE -> local.challenge(id).isPresent();
            case LOOP -> local.loop(id).isPresent();
            case ANSWER -> local.answer(id).isPresent();
            case ENTRY -> local.entry(id).isPresent();
            case MEETING -> local.meeting(id).isPresent();
            case JOB_VISIT -> local.jobVisit(id).isPresent();
            case COMMENT -> local.comment(id).isPresent();
        };
    }

    /**
     * The settings travel only with a whole journal. A journal with nothing in it yet takes the
     * file's journal over whole, identity included: that is a move to a new computer or a
     * restore, and afterwards it is the same journal. Otherwise only a newer export of this very
     * journal changes its settings.
     */
    private Journal planJournalSettings() {
        if (document.journal() == null) {
            return null;
        }
        Journal localJournal = store.journal();
        Journal imported = ExchangeMapper.toDomain(document.journal());
        if (sameJournal(imported, localJournal)) {
            return null;
        }
        if (journalIsEmpty()) {
            return imported;
        }
        if (!fromThisJournal || !imported.updatedAt().isAfter(localJournal.updatedAt())) {
            return null;
        }
        return new Journal(localJournal.id(), imported.ownerName(), imported.language(), imported.templateSetId(),
                imported.strategyName(), localJournal.createdAt(), imported.updatedAt());
    }

    /**
     * The record's equals, written out: a record's generated equals builds its method handles at
     * its first call in a process, ~15 ms of a cold command-line import (docs/benchmarks.md).
     * ImportPlannerTest holds it to the record's equals, component by component.
     */
    static boolean sameJournal(Journal one, Journal other) {
        return Objects.equals(one.id(), other.id()) && Objects.equals(one.ownerName(), other.ownerName())
                && Objects.equals(one.language(), other.language())
                && Objects.equals(one.templateSetId(), other.templateSetId())
                && Objects.equals(one.strategyName(), other.strategyName())
                && Objects.equals(one.createdAt(), other.createdAt())
                && Objects.equals(one.updatedAt(), other.updatedAt());
    }

    private boolean journalIsEmpty() {
        return store.challenges().list().isEmpty() && store.entries().count() == 0
                && store.meetings().list().isEmpty() && store.jobVisits().list().isEmpty();
    }

    private Optional<Challenge> planChallenge(Challenge imported) {
        Optional<Challenge> localChallenge = local.challenge(imported.id());
        if (localChallenge.isEmpty()) {
            return count(Decision.ADD, sharedBy != null && !imported.isShared() ? imported.sharedBy(sharedBy) : imported);
        }
        Challenge adjusted = withSharedBy(imported, localChallenge.get().sharedBy());
        boolean mayUpdate = fromThisJournal || localChallenge.get().isShared();
        return count(decide(localChallenge.get().updatedAt(), adjusted.updatedAt(), mayUpdate), adjusted);
    }

    private <T> Optional<T> count(Decision decision, T record) {
        switch (decision) {
            case UPDATE -> {
                updated++;
                return Optional.of(record);
            }
            case UNCHANGED -> unchanged++;
            case KEEP_LOCAL -> keptLocal++;
            case ADD -> {
                added++;
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private <T> List<T> planAll(Kind kind, Map<UUID, T> imported, Function<UUID, Optional<T>> findLocal,
            Function<T, Instant> updatedAt, Function<T, Boolean> sharedWithUs) {
        List<T> writes = new ArrayList<>();
        for (Map.Entry<UUID, T> each : imported.entrySet()) {
            Optional<T> local = findLocal.apply(each.getKey());
            Decision decision = local.isEmpty()
                    ? Decision.ADD
                    : decide(updatedAt.apply(local.get()), updatedAt.apply(each.getValue()),
                            fromThisJournal || kind == Kind.COMMENT || sharedWithUs.apply(local.get()));
            if (decision == Decision.ADD) {
                addedIds.add(each.getKey());
            }
            count(decision, each.getValue()).ifPresent(writes::add);
        }
        return writes;
    }

    private static Decision decide(Instant localUpdatedAt, Instant importedUpdatedAt, boolean mayUpdate) {
        if (importedUpdatedAt.equals(localUpdatedAt)) {
            return Decision.UNCHANGED;
        }
        return importedUpdatedAt.isAfter(localUpdatedAt) && mayUpdate ? Decision.UPDATE : Decision.KEEP_LOCAL;
    }

    private static Challenge withSharedBy(Challenge challenge, String owner) {
        return new Challenge(challenge.id(), challenge.title(), challenge.description(), challenge.status(),
                challenge.tags(), challenge.strategicIntention(), challenge.learningNeed(), challenge.resources(),
                challenge.workMode(), owner, challenge.createdAt(), challenge.updatedAt());
    }

    private boolean isSharedWithUs(UUID challengeId) {
        return local.challenge(challengeId).map(Challenge::isShared).orElse(false);
    }

    private void requireChallenge(UUID challengeId, UUID referrer) throws ImportRejectedException {
        if (!fileChallenges.containsKey(challengeId) && local.challenge(challengeId).isEmpty()) {
            throw reject(referrer, "its challenge " + challengeId + " is neither in the file nor in your journal");
        }
    }

    private Optional<Loop> loopOf(UUID id) {
        return Optional.ofNullable(fileLoops.get(id)).or(() -> local.loop(id));
    }

    private Optional<Answer> answerOf(UUID id) {
        return Optional.ofNullable(fileAnswers.get(id)).or(() -> local.answer(id));
    }

    private Optional<Entry> entryOf(UUID id) {
        return Optional.ofNullable(fileEntries.get(id)).or(() -> local.entry(id));
    }

    private ImportRejectedException reject(UUID id, String problem) {
        return new ImportRejectedException(locations.getOrDefault(id, String.valueOf(id)) + ": " + problem);
    }

    private static String describe(RuntimeException brokenRule) {
        String message = brokenRule.getMessage();
        return message == null || message.isBlank() ? brokenRule.getClass().getSimpleName() : message;
    }
}
