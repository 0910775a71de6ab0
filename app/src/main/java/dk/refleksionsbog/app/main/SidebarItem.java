package dk.refleksionsbog.app.main;

import dk.refleksionsbog.core.domain.loop.Phase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One selectable thing in the sidebar; {@link #key()} names it in the settings.
 *
 * <p>Each item writes out its equals and hashCode. A record's own are linked on their first call
 * (an invokedynamic bootstrap through {@code ObjectMethods}), and the sidebar tree's cells compare
 * items while the first frame is laid out: the first such bootstrap in the app's life cost that
 * frame ~20 ms of the JavaFX thread (docs/benchmarks.md, "Start-up, sixth pass").
 */
public sealed interface SidebarItem {

    String key();

    record Place(Destination destination) implements SidebarItem {
        @Override
        public String key() {
            return "place:" + destination.name();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Place place && place.destination == destination;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(destination);
        }
    }

    /**
     * @param sharedBy the owner's name when a sparring partner shared the challenge; null for the leader's own
     */
    record ChallengeItem(UUID challengeId, String title, String sharedBy, List<LoopItem> loops) implements SidebarItem {
        public ChallengeItem {
            loops = List.copyOf(loops);
        }

        @Override
        public String key() {
            return "challenge:" + challengeId;
        }

        /** The loop being worked on: the newest one. */
        public Optional<LoopItem> currentLoop() {
            return loops.isEmpty() ? Optional.empty() : Optional.of(loops.get(loops.size() - 1));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ChallengeItem item && Objects.equals(item.challengeId, challengeId)
                    && Objects.equals(item.title, title) && Objects.equals(item.sharedBy, sharedBy)
                    && item.loops.equals(loops);
        }

        @Override
        public int hashCode() {
            return Objects.hash(challengeId, title, sharedBy, loops);
        }
    }

    record LoopItem(UUID loopId, UUID challengeId, int number, Phase phase, boolean finished) implements SidebarItem {
        @Override
        public String key() {
            return "loop:" + loopId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LoopItem item && Objects.equals(item.loopId, loopId)
                    && Objects.equals(item.challengeId, challengeId) && item.number == number && item.phase == phase
                    && item.finished == finished;
        }

        @Override
        public int hashCode() {
            return Objects.hash(loopId, challengeId, number, phase, finished);
        }
    }
}
