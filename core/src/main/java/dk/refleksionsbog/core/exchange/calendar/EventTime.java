package dk.refleksionsbog.core.exchange.calendar;

import dk.refleksionsbog.core.domain.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;

/** When a calendar event happens: whole days, or a span between two instants. */
public sealed interface EventTime {

    /** Whole days in the reader's own calendar; no time zone applies. */
    record AllDay(LocalDate firstDay, LocalDate lastDay) implements EventTime {
        public AllDay {
            if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
                throw new DomainRuleViolation("An all-day event needs a first day no later than its last day");
            }
        }

        public static AllDay on(LocalDate day) {
            return new AllDay(day, day);
        }
    }

    /** A span in absolute time; written in UTC so every calendar shows it in its own zone. */
    record Timed(Instant start, Instant end) implements EventTime {
        public Timed {
            if (start == null || end == null || !end.isAfter(start)) {
                throw new DomainRuleViolation("A timed event must end after it starts");
            }
        }
    }
}
