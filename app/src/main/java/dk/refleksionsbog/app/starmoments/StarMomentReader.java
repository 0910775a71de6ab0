package dk.refleksionsbog.app.starmoments;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.entry.Entry;
import dk.refleksionsbog.core.domain.entry.EntryKind;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.loop.LoopField;
import dk.refleksionsbog.core.storage.EntryQuery;
import dk.refleksionsbog.core.storage.JournalStore;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads star moments from the journal; call it on the background executor. */
public final class StarMomentReader {
    private final JournalStore store;
    private final ZoneId zone;

    public StarMomentReader(JournalStore store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    /** Newest first; of one challenge, or of the whole journal when {@code challengeId} is null. */
    public List<StarMoment> read(UUID challengeId) {
        List<Challenge> challenges = store.challenges().list().stream()
                .filter(challenge -> challengeId == null || challenge.id().equals(challengeId))
                .toList();
        Map<UUID, String> titles = challenges.stream().collect(Collectors.toMap(Challenge::id, Challenge::title));
        Map<UUID, Integer> loopNumbers = new java.util.HashMap<>();
        List<StarMoment> moments = new ArrayList<>();
        for (Challenge challenge : challenges) {
            for (Loop loop : store.loops().listByChallenge(challenge.id())) {
                loopNumbers.put(loop.id(), loop.number());
                store.answers().find(loop.id(), LoopField.EVALUATION_STAR_MOMENTS.key())
                        .filter(answer -> !answer.text().isBlank())
                        .ifPresent(answer -> moments.add(new StarMoment(answer.id(),
                                answer.updatedAt().atZone(zone).toLocalDate(), answer.text(), challenge.title(),
                                loop.number(), true)));
            }
        }
        for (Entry entry : store.entries().list(new EntryQuery(EntryKind.STAR_MOMENT, null, challengeId, null, 0,
                Integer.MAX_VALUE))) {
            moments.add(new StarMoment(entry.id(), entry.occurredOn(), entry.text(),
                    lookUp(titles, entry.challengeId()), lookUp(loopNumbers, entry.loopId()), false));
        }
        moments.sort(Comparator.comparing(StarMoment::date).reversed());
        return moments;
    }

    private static <T> T lookUp(Map<UUID, T> known, UUID id) {
        return Optional.ofNullable(id).map(known::get).orElse(null);
    }
}
