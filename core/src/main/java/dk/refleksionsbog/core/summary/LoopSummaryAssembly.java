package dk.refleksionsbog.core.summary;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.comment.SparringComment;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.domain.loop.Phase;
import dk.refleksionsbog.core.domain.text.Answer;
import dk.refleksionsbog.core.template.Question;
import dk.refleksionsbog.core.template.Section;
import dk.refleksionsbog.core.template.TemplateSet;
import dk.refleksionsbog.core.template.Wording;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts one loop's texts together with their wording and comments. It remembers which answers and
 * entries it printed, so that comments on anything else still reach the page, under "other
 * comments", instead of silently disappearing.
 */
final class LoopSummaryAssembly {
    private final TemplateSet templateSet;
    private final Wording wording;
    private final ZoneId zone;
    private final Map<String, Answer> loopAnswers = new HashMap<>();
    private final Map<String, Answer> meetingAnswers = new HashMap<>();
    private final Map<UUID, Answer> answersById = new HashMap<>();
    private final Map<UUID, List<SparringComment>> commentsByTarget = new LinkedHashMap<>();
    private final Set<UUID> printed = new HashSet<>();

    LoopSummaryAssembly(TemplateSet templateSet, Wording wording, ZoneId zone, List<Answer> loopAnswers,
            List<Answer> meetingAnswers, List<SparringComment> comments) {
        this.templateSet = templateSet;
        this.wording = wording;
        this.zone = zone;
        loopAnswers.forEach(answer -> this.loopAnswers.put(answer.fieldKey(), answer));
        meetingAnswers.forEach(answer -> this.meetingAnswers.put(answer.fieldKey(), answer));
        loopAnswers.forEach(answer -> answersById.put(answer.id(), answer));
        meetingAnswers.forEach(answer -> answersById.put(answer.id(), answer));
        comments.stream()
                .sorted(Comparator.comparing(SparringComment::createdAt))
                .forEach(comment -> commentsByTarget.computeIfAbsent(comment.targetId(), id -> new ArrayList<>()).add(comment));
    }

    /** @param entries the loop's entries, newest first as the repository lists them */
    LoopSummary summary(Journal journal, Challenge challenge, Loop loop, List<Entry> entries, LocalDate meetingDate,
            LocalDate printDate) {
        List<Entry> oldestFirst = entries.stream()
                .sorted(Comparator.comparing(Entry::occurredOn).thenComparing(Entry::createdAt))
                .toList();
        List<LabelledText> planning = phaseAnswers(Phase.PLANNING).answers();
        List<LabelledText> trialAction = List.of(
                labelled(LoopField.TRIAL_BASELINE), labelled(LoopField.TRIAL_SUCCESS_CRITERION),
                labelled(LoopField.TRIAL_INDICATORS), labelled(LoopField.TRIAL_METHODS));
        List<PhaseAnswers> doneAndObserved = List.of(phaseAnswers(Phase.ACTION), phaseAnswers(Phase.OBSERVATION));
        List<SummaryEntry> notes = oldestFirst.stream()
                .filter(entry -> entry.kind() != EntryKind.STAR_MOMENT).map(this::entry).toList();
        List<SummaryEntry> starMoments = oldestFirst.stream()
                .filter(entry -> entry.kind() == EntryKind.STAR_MOMENT).map(this::entry).toList();
        LabelledText evaluationStarMoments = asked(LoopField.EVALUATION_STAR_MOMENTS);
        EvaluationSummary evaluation = evaluation(loop);
        List<LabelledText> reflection = phaseAnswers(Phase.REFLECTION).answers();
        List<LabelledText> nextAction = new ArrayList<>();
        nextAction.add(labelled(LoopField.DECIDED_NEXT_ACTION));
        nextAction.addAll(phaseAnswers(Phase.NEW_ACTION).answers());
        List<LabelledText> meetingQuestions = meetingQuestions();
        List<LabelledText> otherComments = otherComments();
        return new LoopSummary(
                wording.language(),
                // a loop shared with this journal is printed under the name of the leader who wrote it
                challenge.isShared() ? challenge.sharedBy() : journal.ownerName(),
                printDate,
                challenge.title(),
                challenge.description(),
                loop.number(),
                wording.title(templateSet.phase(loop.currentPhase())),
                loop.isFinished(),
                loop.carriedOverAction(),
                planning,
                trialAction,
                wording.label(templateSet.field(TemplateSet.FIRST_REFLECTION_MEETING)),
                loop.firstReflectionMeeting(),
                doneAndObserved,
                notes,
                starMoments,
                evaluationStarMoments,
                evaluation,
                reflection,
                nextAction,
                meetingDate,
                meetingQuestions,
                otherComments);
    }

    private PhaseAnswers phaseAnswers(Phase phase) {
        List<LabelledText> answers = templateSet.questionsFor(phase).stream()
                .map(question -> print(loopAnswers.get(question.key()), wording.text(question)))
                .toList();
        return new PhaseAnswers(phase, wording.title(templateSet.phase(phase)), answers);
    }

    /** A field under its short label, e.g. "Baseline". */
    private LabelledText labelled(LoopField field) {
        return print(loopAnswers.get(field.key()), wording.label(templateSet.field(field)));
    }

    /** A field under its full question, e.g. "Hvad tænker jeg/vi om udfordringen nu?". */
    private LabelledText asked(LoopField field) {
        return print(loopAnswers.get(field.key()), wording.text(templateSet.field(field)));
    }

    private EvaluationSummary evaluation(Loop loop) {
        return new EvaluationSummary(
                wording.label(templateSet.field(LoopField.EVALUATION_THINK_BEFORE)),
                wording.label(templateSet.field(LoopField.EVALUATION_THINK_AFTER)),
                wording.label(templateSet.field(LoopField.EVALUATION_THINK_DIFFERENCE)),
                List.of(
                        new EvaluationSummary.Row(asked(LoopField.EVALUATION_THINK_BEFORE),
                                asked(LoopField.EVALUATION_THINK_AFTER), asked(LoopField.EVALUATION_THINK_DIFFERENCE)),
                        new EvaluationSummary.Row(asked(LoopField.EVALUATION_DO_BEFORE),
                                asked(LoopField.EVALUATION_DO_AFTER), asked(LoopField.EVALUATION_DO_DIFFERENCE))),
                wording.label(templateSet.field(TemplateSet.RATING_BEFORE)),
                loop.ratingBefore(),
                wording.label(templateSet.field(TemplateSet.RATING_AFTER)),
                loop.ratingAfter());
    }

    /**
     * The reflection-meeting guide as the leader filled it in: points prepared on the loop itself,
     * then those noted on the meeting linked to the loop.
     */
    private List<LabelledText> meetingQuestions() {
        List<LabelledText> questions = new ArrayList<>();
        for (Section section : templateSet.meetingGuide()) {
            for (Question question : section.fields()) {
                questions.add(print(loopAnswers.get(question.key()), wording.label(question)));
                questions.add(print(meetingAnswers.get(question.key()), wording.label(question)));
            }
        }
        return questions;
    }

    private SummaryEntry entry(Entry entry) {
        printed.add(entry.id());
        String evidence = entry.evidenceLevel() == null ? "" : wording.label(templateSet.evidenceLevel(entry.evidenceLevel()));
        return new SummaryEntry(entry.kind(), wording.label(templateSet.entryKind(entry.kind())), entry.occurredOn(),
                entry.text(), evidence, comments(entry.id()));
    }

    private LabelledText print(Answer answer, String label) {
        if (answer == null) {
            return new LabelledText(label, "");
        }
        printed.add(answer.id());
        return new LabelledText(label, answer.text(), comments(answer.id()));
    }

    private List<SummaryComment> comments(UUID targetId) {
        return commentsByTarget.getOrDefault(targetId, List.of()).stream()
                .map(comment -> new SummaryComment(comment.author(), LocalDate.ofInstant(comment.createdAt(), zone),
                        comment.text()))
                .toList();
    }

    /**
     * Comments on text the summary leaves out (such as the challenge phase), under what they
     * comment on; only meaningful once everything else has been assembled.
     */
    private List<LabelledText> otherComments() {
        return commentsByTarget.keySet().stream()
                .filter(targetId -> !printed.contains(targetId))
                .map(targetId -> new LabelledText(labelOf(targetId), "", comments(targetId)))
                .toList();
    }

    private String labelOf(UUID targetId) {
        Answer answer = answersById.get(targetId);
        if (answer == null) {
            return "";
        }
        return templateSet.findField(answer.fieldKey()).map(wording::text).orElse("");
    }
}
