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
import picocli.CommandLine.Model.CommandSpec;

final class IcsCommand extends StoreCommand {
    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "ics",
                "Saves a meeting, or a loop's first reflection meeting, as an .ics calendar file.",
                "Outlook, GNOME Calendar and other calendars open it.");
        spec.addArgGroup(CommandModel.oneOf(true,
                CommandModel.required("--meeting", UUID.class, "ID", "The meeting."),
                CommandModel.required("--loop", UUID.class, "ID",
                        "The loop whose first reflection meeting (from its trial action) to save.")));
        spec.addOption(CommandModel.required("--out", Path.class, "FILE", "The .ics file to write."));
        return spec;
    }

    @Override
    protected void run(JournalStore store) throws Exception {
        UUID meetingId = option("--meeting");
        UUID loopId = option("--loop");
        Path out = option("--out");
        Journal journal = store.journal();
        Wording wording = TemplateRegistry.loadDefault().forJournal(journal).wording(journal);
        CalendarEvent event;
        if (meetingId != null) {
            Meeting meeting = store.meetings().find(meetingId)
                    .orElseThrow(() -> new NoSuchElementException("There is no meeting with id " + meetingId));
            event = MeetingEvents.of(meeting, context().clock().getZone(), wording);
        } else {
            Loop loop = store.loops().find(loopId)
                    .orElseThrow(() -> new NoSuchElementException("There is no loop with id " + loopId));
            Challenge challenge = store.challenges().find(loop.challengeId()).orElseThrow();
            event = MeetingEvents.firstReflectionMeeting(loop, challenge, wording);
        }
        ICalendarWriter.save(out, List.of(event), context().clock().instant());
        out().println("Saved \"" + event.summary() + "\" to " + out);
    }
}
