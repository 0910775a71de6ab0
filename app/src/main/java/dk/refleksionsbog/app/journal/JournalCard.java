package dk.refleksionsbog.app.journal;

import dk.refleksionsbog.core.domain.entry.Entry;

/**
 * An entry of the timeline with the names of where it belongs.
 *
 * @param challengeTitle null when not linked to a challenge
 * @param loopNumber null when not linked to a loop
 * @param phaseTitle null when not linked to a phase
 */
public record JournalCard(Entry entry, String challengeTitle, Integer loopNumber, String phaseTitle) {}
