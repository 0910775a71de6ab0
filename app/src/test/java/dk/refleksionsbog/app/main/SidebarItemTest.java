package dk.refleksionsbog.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dk.refleksionsbog.app.main.SidebarItem.ChallengeItem;
import dk.refleksionsbog.app.main.SidebarItem.LoopItem;
import dk.refleksionsbog.app.main.SidebarItem.Place;
import dk.refleksionsbog.core.domain.loop.Phase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode keep a record's meaning: equal exactly when every component is. */
class SidebarItemTest {
    private static final UUID CHALLENGE = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID LOOP = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final LoopItem FIRST_LOOP = new LoopItem(LOOP, CHALLENGE, 1, Phase.ACTION, false);

    @Test
    void loopItemsAreEqualExactlyWhenEveryComponentIs() {
        LoopItem same = new LoopItem(LOOP, CHALLENGE, 1, Phase.ACTION, false);

        assertThat(same).isEqualTo(FIRST_LOOP).hasSameHashCodeAs(FIRST_LOOP);
        assertThat(List.of(
                new LoopItem(UUID.randomUUID(), CHALLENGE, 1, Phase.ACTION, false),
                new LoopItem(LOOP, UUID.randomUUID(), 1, Phase.ACTION, false),
                new LoopItem(LOOP, CHALLENGE, 2, Phase.ACTION, false),
                new LoopItem(LOOP, CHALLENGE, 1, Phase.OBSERVATION, false),
                new LoopItem(LOOP, CHALLENGE, 1, Phase.ACTION, true),
                new LoopItem(null, CHALLENGE, 1, Phase.ACTION, false)))
                .allSatisfy(different -> assertThat(different).isNotEqualTo(FIRST_LOOP));
        assertThat(FIRST_LOOP).isNotEqualTo(null).isNotEqualTo(new Place(Destination.SEARCH));
    }

    @Test
    void challengeItemsAreEqualExactlyWhenEveryComponentIs() {
        ChallengeItem item = new ChallengeItem(CHALLENGE, "Mødekultur", null, List.of(FIRST_LOOP));
        ChallengeItem same = new ChallengeItem(CHALLENGE, "Mødekultur", null,
                List.of(new LoopItem(LOOP, CHALLENGE, 1, Phase.ACTION, false)));

        assertThat(same).isEqualTo(item).hasSameHashCodeAs(item);
        assertThat(List.of(
                new ChallengeItem(UUID.randomUUID(), "Mødekultur", null, List.of(FIRST_LOOP)),
                new ChallengeItem(CHALLENGE, "Mødekultur i teamet", null, List.of(FIRST_LOOP)),
                new ChallengeItem(CHALLENGE, "Mødekultur", "Sanne", List.of(FIRST_LOOP)),
                new ChallengeItem(CHALLENGE, "Mødekultur", null, List.of()),
                new ChallengeItem(CHALLENGE, null, null, List.of(FIRST_LOOP))))
                .allSatisfy(different -> assertThat(different).isNotEqualTo(item));
        assertThat(new ChallengeItem(CHALLENGE, null, null, List.of()))
                .isEqualTo(new ChallengeItem(CHALLENGE, null, null, List.of()));
    }

    @Test
    void placesAreEqualByDestination() {
        assertThat(new Place(Destination.SEARCH)).isEqualTo(new Place(Destination.SEARCH))
                .hasSameHashCodeAs(new Place(Destination.SEARCH))
                .isNotEqualTo(new Place(Destination.STAR_MOMENTS));
    }
}
