package dk.refleksionsbog.app.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.domain.meeting.Meeting;
import dk.refleksionsbog.core.storage.JournalStore;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

final class ListCommand extends StoreCommand {
    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "list",
                "Lists the challenges with their loops, and the meetings, with their ids.");
        spec.addOption(CommandModel.flag("--json", "Print JSON instead of text."));
        return spec;
    }

    @Override
    protected void run(JournalStore store) throws Exception {
        boolean json = option("--json");
        List<Challenge> challenges = store.challenges().list();
        List<Meeting> meetings = store.meetings().list();
        if (json) {
            printJson(store, challenges, meetings);
        } else {
            printText(store, challenges, meetings);
        }
    }

    private void printText(JournalStore store, List<Challenge> challenges, List<Meeting> meetings) {
        PrintWriter out = out();
        out.println("Challenges:");
        if (challenges.isEmpty()) {
            out.println("  (none)");
        }
        for (Challenge challenge : challenges) {
            String shared = challenge.isShared() ? "  [shared by " + challenge.sharedBy() + "]" : "";
            out.printf("  %s  %s  (%s)%s%n", challenge.id(), challenge.title(), challenge.status(), shared);
            for (Loop loop : store.loops().listByChallenge(challenge.id())) {
                out.printf("    %s  loop %d  %s%s%n", loop.id(), loop.number(), loop.currentPhase(),
                        loop.isFinished() ? " (finished)" : "");
            }
        }
        out.println("Meetings:");
        if (meetings.isEmpty()) {
            out.println("  (none)");
        }
        for (Meeting meeting : meetings) {
            out.printf("  %s  %s  %s  %s%n", meeting.id(), meeting.date(), meeting.kind(), meeting.title());
        }
    }

    private void printJson(JournalStore store, List<Challenge> challenges, List<Meeting> meetings) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode challengeArray = root.putArray("challenges");
        for (Challenge challenge : challenges) {
            ObjectNode node = challengeArray.addObject()
                    .put("id", challenge.id().toString())
                    .put("title", challenge.title())
                    .put("status", challenge.status().name())
                    .put("sharedBy", challenge.sharedBy());
            ArrayNode loops = node.putArray("loops");
            for (Loop loop : store.loops().listByChallenge(challenge.id())) {
                loops.addObject()
                        .put("id", loop.id().toString())
                        .put("number", loop.number())
                        .put("currentPhase", loop.currentPhase().name())
                        .put("finished", loop.isFinished());
            }
        }
        ArrayNode meetingArray = root.putArray("meetings");
        for (Meeting meeting : meetings) {
            meetingArray.addObject()
                    .put("id", meeting.id().toString())
                    .put("date", meeting.date().toString())
                    .put("kind", meeting.kind().name())
                    .put("title", meeting.title());
        }
        out().println(writeJson(mapper, root));
    }

    static String writeJson(ObjectMapper mapper, Object tree) throws Exception {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.writer(printer).writeValueAsString(tree);
    }
}
