package dk.refleksionsbog.core.storage.sqlite.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When the next automatic backup is due: a pure rule, so the app's timer holds no logic of its own. */
public final class BackupSchedule {
    public static final Duration DAILY = Duration.ofDays(1);

    private BackupSchedule() {}

    /** Due when there is no backup yet, when the interval has passed, or when the last one lies in the future (clock changed). */
    public static boolean isDue(Optional<Instant> lastBackup, Instant now, Duration interval) {
        return untilDue(lastBackup, now, interval).isZero();
    }

    /** How long the timer may sleep before asking again; zero when a backup is due now. */
    public static Duration untilDue(Optional<Instant> lastBackup, Instant now, Duration interval) {
        if (lastBackup.isEmpty() || lastBackup.get().isAfter(now)) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, lastBackup.get().plus(interval));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
