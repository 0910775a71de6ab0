package dk.refleksionsbog.app.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/** The entries of one ISO week (Monday to Sunday), newest first. */
public record WeekGroup(int week, LocalDate monday, List<JournalCard> cards) {
    public WeekGroup {
        cards = List.copyOf(cards);
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    static LocalDate mondayOf(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    static int weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
