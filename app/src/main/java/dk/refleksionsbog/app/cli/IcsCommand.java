package dk.refleksionsbog.app.cli;

import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.journal.Journal;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.exchange.calendar.CalendarEvent;
import dk.refleksionsbog.core.exchange.calendar.ICalendarWriter;
import dk.refleksionsbog.core.exchange.calendar.MeetingEvents;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.template.TemplateRegistry;
import dk.refleksionsbog.core.template.Wording;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ics", addMethodSubcommands = false, description = {"Saves a meeting, or a loop's first reflection meeting, as an .ics calendar file.",
    "Outlook, GNOME Calendar and other calendars open it."})
final class IcsCommand extends StoreCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    private What what;

    static final class What {
        @Option(names = "--meeting", paramLabel = "ID", required = true, description = "The meeting.")
        UUID meetingId;

        @Option(names = "--loop", paramLabel = "ID", required = true,
                description = "The loop whose first reflection meeting (from its trial action) to save.")
        UUID loopId;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write.")
    private Path out;

    @Override
    protected void run(JournalStore store) throws Exception {
        Journal journal = store.journal();
        Wording wording = TemplateRegistry.loadDefault().forJournal(journal).wording(journal);
        CalendarEvent event;
        if (what.meetingId != null) {
            Meeting meeting = store.meetings().find(what.meetingId)
                    .orElseThrow(() -> new NoSuchElementException("There is no meeting with id " + what.meetingId));
            event = MeetingEvents.of(meeting, context().clock().getZone(), wording);
        } else {
            Loop loop = store.loops().find(what.loopId)
                    .orElseThrow(() -> new NoSuchElementException("There is no loop with id " + what.loopId));
            Challenge challenge = store.challenges().find(loop.challengeId()).orElseThrow();
            event = MeetingEvents.firstReflectionMeeting(loop, challenge, wording);
        }
        ICalendarWriter.save(out, List.of(event), context().clock().instant());
        out().println("Saved \"" + event.summary() + "\" to " + out);
    }
}
