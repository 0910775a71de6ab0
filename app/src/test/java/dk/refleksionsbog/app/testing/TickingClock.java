package dk.refleksionsbog.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that a test moves on by hand, so timestamps and "Gemt hh:mm" are predictable. */
public final class TickingClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    public TickingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public static TickingClock at(String instant) {
        return new TickingClock(Instant.parse(instant), ZoneId.of("Europe/Copenhagen"));
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TickingClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
