package dk.refleksionsbog.app.progress;

/**
 * The two 1–5 ratings of one loop; null while not rated.
 */
public record LoopRatings(int loopNumber, Integer before, Integer after) {}
