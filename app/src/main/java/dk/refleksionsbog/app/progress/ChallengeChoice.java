package dk.refleksionsbog.app.progress;

import java.util.UUID;

/** A challenge to pick in the list. */
public record ChallengeChoice(UUID id, String title) {
    @Override
    public String toString() {
        return title;
    }
}
