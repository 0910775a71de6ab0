package dk.refleksionsbog.app.starmoments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A star moment (stjernestund): a star-moment entry or the star-moments answer of a loop's
 * evaluation.
 *
 * @param challengeTitle null when the entry belongs to no challenge
 * @param loopNumber null when it belongs to no loop
 * @param fromEvaluation true for the loop evaluation's answer, false for an entry
 */
public record StarMoment(UUID id, LocalDate date, String text, String challengeTitle, Integer loopNumber,
        boolean fromEvaluation) {}
