package dk.refleksionsbog.core.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a leader prints about one loop before a network or reflection meeting, already in
 * the journal's language and with blank answers still present (the renderer leaves them out).
 *
 * @param language "da" or "en": the language of the labels and of the printed headings
 * @param ownerName the leader whose loop it is: the journal's owner, or who shared the loop
 * @param printDate the day the summary was made, shown in the page header
 * @param phaseName the loop's current phase
 * @param finished whether the loop's NEW_ACTION was finished
 * @param carriedOverAction the previous loop's decided next action; empty for loop 1
 * @param planning the PLANNING phase's answers (what the trial action is)
 * @param trialAction the prøvehandling fields: baseline, success criterion, indicators, methods
 * @param firstReflectionMeeting null until planned
 * @param doneAndObserved the ACTION and OBSERVATION phases' answers
 * @param entries the notes, observations and insights linked to the loop, oldest first
 * @param starMoments the star-moment entries linked to the loop, oldest first
 * @param evaluationStarMoments the evaluation's own star-moments answer
 * @param reflection the REFLECTION phase's answers
 * @param nextAction the decided next action followed by the NEW_ACTION phase's answers
 * @param meetingDate the date of the meeting the questions are for; null when none is linked
 * @param meetingQuestions the leader's answers to the reflection-meeting agenda
 * @param otherComments sparring comments on text that the summary does not print, each under the
 *     label of the question it comments on
 */
public record LoopSummary(
        String language,
        String ownerName,
        LocalDate printDate,
        String challengeTitle,
        String challengeDescription,
        int loopNumber,
        String phaseName,
        boolean finished,
        String carriedOverAction,
        List<LabelledText> planning,
        List<LabelledText> trialAction,
        String firstReflectionMeetingLabel,
        LocalDate firstReflectionMeeting,
        List<PhaseAnswers> doneAndObserved,
        List<SummaryEntry> entries,
        List<SummaryEntry> starMoments,
        LabelledText evaluationStarMoments,
        EvaluationSummary evaluation,
        List<LabelledText> reflection,
        List<LabelledText> nextAction,
        LocalDate meetingDate,
        List<LabelledText> meetingQuestions,
        List<LabelledText> otherComments) {

    public LoopSummary {
        planning = List.copyOf(planning);
        trialAction = List.copyOf(trialAction);
        doneAndObserved = List.copyOf(doneAndObserved);
        entries = List.copyOf(entries);
        starMoments = List.copyOf(starMoments);
        reflection = List.copyOf(reflection);
        nextAction = List.copyOf(nextAction);
        meetingQuestions = List.copyOf(meetingQuestions);
        otherComments = List.copyOf(otherComments);
    }
}
