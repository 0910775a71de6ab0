package dk.refleksionsbog.app.challenge;

import javafx.beans.property.StringProperty;

/**
 * One of a challenge's free texts as its details show it.
 *
 * @param key the template key, e.g. {@code challenge.learningNeed}
 * @param label a short title
 * @param question the template's question the text answers
 * @param text what the leader writes; every change is autosaved
 */
public record ChallengeText(String key, String label, String question, StringProperty text) {}
