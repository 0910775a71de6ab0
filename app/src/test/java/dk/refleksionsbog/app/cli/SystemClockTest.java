package dk.refleksionsbog.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SystemClockTest {
    @Test
    @DisplayName("the command line's clock tells the current time in the system's time zone, like Clock.systemDefaultZone")
    void tellsTheSystemTimeInTheSystemZone() {
        Instant before = Instant.now();
        Clock clock = new SystemClock();
        Instant now = clock.instant();
        long millis = clock.millis();
        Instant after = Instant.now();

        assertThat(now).isBetween(before, after);
        assertThat(millis).isBetween(before.toEpochMilli(), after.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(Clock.systemDefaultZone().getZone());
        assertThat(clock.withZone(ZoneId.of("Pacific/Auckland"))).isEqualTo(Clock.system(ZoneId.of("Pacific/Auckland")));
    }
}
