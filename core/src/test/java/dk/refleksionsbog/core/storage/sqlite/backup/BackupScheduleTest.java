package dk.refleksionsbog.core.storage.sqlite.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("a journal that was never backed up is due at once")
    void neverBackedUpIsDue() {
        assertThat(BackupSchedule.isDue(Optional.empty(), NOW, BackupSchedule.DAILY)).isTrue();
        assertThat(BackupSchedule.untilDue(Optional.empty(), NOW, BackupSchedule.DAILY)).isZero();
    }

    @Test
    @DisplayName("a backup 23 hours old is not due and the next one is an hour away")
    void recentBackupIsNotDue() {
        Optional<Instant> last = Optional.of(NOW.minus(Duration.ofHours(23)));

        assertThat(BackupSchedule.isDue(last, NOW, BackupSchedule.DAILY)).isFalse();
        assertThat(BackupSchedule.untilDue(last, NOW, BackupSchedule.DAILY)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("a backup exactly a day old, or older, is due")
    void dayOldBackupIsDue() {
        assertThat(BackupSchedule.isDue(Optional.of(NOW.minus(Duration.ofDays(1))), NOW, BackupSchedule.DAILY)).isTrue();
        assertThat(BackupSchedule.isDue(Optional.of(NOW.minus(Duration.ofDays(40))), NOW, BackupSchedule.DAILY)).isTrue();
    }

    @Test
    @DisplayName("a last backup in the future (the clock was turned back) does not block backups")
    void futureBackupIsDue() {
        assertThat(BackupSchedule.isDue(Optional.of(NOW.plus(Duration.ofHours(5))), NOW, BackupSchedule.DAILY)).isTrue();
    }
}
