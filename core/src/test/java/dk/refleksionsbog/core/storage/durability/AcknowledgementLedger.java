package dk.refleksionsbog.core.storage.durability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the crash writer has promised: the latest acknowledged content of every object, and the
 * one write unit that may have been cut off by the kill.
 */
final class AcknowledgementLedger {
    private final Map<UUID, Written> acknowledged = new HashMap<>();
    private final Map<Long, List<Written>> announced = new LinkedHashMap<>();
    private final List<Written> acknowledgedThisRound = new ArrayList<>();
    private final List<Written> supersededThisRound = new ArrayList<>();
    private final java.util.Set<Long> reportedAfterRunning = new java.util.HashSet<>();
    private long acknowledgedUnits;
    private long acknowledgedImports;

    /** Reads one line of the writer's output; returns whether it was an acknowledgement. */
    boolean read(String line) {
        String[] parts = line.split(" ");
        switch (parts[0]) {
            case "READY" -> {
                return false;
            }
            case "WILL" -> {
                announced.put(Long.parseLong(parts[1]),
                        Arrays.stream(parts, 2, parts.length).map(Written::parse).toList());
                return false;
            }
            case "SAW" -> {
                long unit = Long.parseLong(parts[1]);
                if (!announced.containsKey(unit)) {
                    throw new IllegalStateException("reported a unit never announced: " + line);
                }
                announced.put(unit, Arrays.stream(parts, 2, parts.length).map(Written::parse).toList());
                reportedAfterRunning.add(unit);
                return false;
            }
            case "ACK" -> {
                List<Written> unit = announced.remove(Long.parseLong(parts[1]));
                if (unit == null) {
                    throw new IllegalStateException("acknowledged a unit never announced: " + line);
                }
                accept(unit);
                acknowledgedUnits++;
                if (reportedAfterRunning.remove(Long.parseLong(parts[1]))) {
                    acknowledgedImports++;
                }
                return true;
            }
            default -> throw new IllegalStateException("unexpected writer output: " + line);
        }
    }

    /** The unit announced but not acknowledged when the writer died, if any. */
    Optional<List<Written>> inFlight() {
        if (announced.size() > 1) {
            throw new IllegalStateException("the writer had more than one unit in flight: " + announced.keySet());
        }
        return announced.values().stream().findFirst();
    }

    /** The in-flight unit turned out to be committed, with this content: it is as binding as an acknowledged one. */
    void acceptInFlight(List<Written> asCommitted) {
        accept(asCommitted);
        announced.clear();
    }

    void discardInFlight() {
        announced.clear();
    }

    void startRound() {
        acknowledgedThisRound.clear();
        supersededThisRound.clear();
    }

    Optional<Written> acknowledged(UUID id) {
        return Optional.ofNullable(acknowledged.get(id));
    }

    Collection<Written> all() {
        return acknowledged.values();
    }

    List<Written> acknowledgedThisRound() {
        return acknowledgedThisRound;
    }

    /** Earlier versions replaced this round: their search words must no longer find the object. */
    List<Written> supersededThisRound() {
        return supersededThisRound;
    }

    long acknowledgedUnits() {
        return acknowledgedUnits;
    }

    long acknowledgedImports() {
        return acknowledgedImports;
    }

    private void accept(List<Written> unit) {
        for (Written object : unit) {
            Written previous = acknowledged.put(object.id(), object);
            if (previous != null && previous.searchable() && !previous.searchWord().equals(object.searchWord())) {
                supersededThisRound.add(previous);
            }
            acknowledgedThisRound.removeIf(earlier -> earlier.id().equals(object.id()));
            acknowledgedThisRound.add(object);
        }
    }
}
