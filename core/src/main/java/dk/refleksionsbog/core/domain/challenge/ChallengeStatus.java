package dk.refleksionsbog.core.domain.challenge;

public enum ChallengeStatus {
    ACTIVE,
    CLOSED
}
