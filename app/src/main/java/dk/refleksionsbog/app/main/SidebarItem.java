package dk.refleksionsbog.app.main;

import dk.refleksionsbog.core.domain.loop.Phase;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One selectable thing in the sidebar; {@link #key()} names it in the settings. */
public sealed interface SidebarItem {

    String key();

    record Place(Destination destination) implements SidebarItem {
        @Override
        public String key() {
            return "place:" + destination.name();
        }

        /**
         * Written out: a record's own equals is linked on its first call (an invokedynamic
         * bootstrap), and that came at the first change to a place, ~1.5 ms of the UI thread.
         */
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
    }

    record LoopItem(UUID loopId, UUID challengeId, int number, Phase phase, boolean finished) implements SidebarItem {
        @Override
        public String key() {
            return "loop:" + loopId;
        }
    }
}
