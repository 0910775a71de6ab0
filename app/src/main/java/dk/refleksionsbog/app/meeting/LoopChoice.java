package dk.refleksionsbog.app.meeting;

import java.util.UUID;

/** A loop a meeting can reflect on, named as the sidebar names it. */
public record LoopChoice(UUID challengeId, UUID loopId, String challengeTitle, int number) {}
