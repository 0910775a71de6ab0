package dk.refleksionsbog.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.refleksionsbog.core.domain.challenge.Challenge;
import dk.refleksionsbog.core.domain.loop.Loop;
import dk.refleksionsbog.core.storage.JournalStore;
import dk.refleksionsbog.core.storage.SearchHit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Model.CommandSpec;

final class SearchCommand extends StoreCommand {
    static final int MAX_LIMIT = 1000;

    @Override
    protected CommandSpec describe() {
        CommandSpec spec = CommandModel.command(this, "search", "Searches everything written in the journal.",
                "Prints each hit's id, kind, where it is and a snippet with the matches in [brackets].");
        spec.addOption(CommandModel.option("--limit", int.class, "N", "At most N hits (default: ${DEFAULT-VALUE}).")
                .defaultValue("20").build());
        spec.addOption(CommandModel.flag("--json", "Print JSON instead of text."));
        spec.addPositional(CommandModel.words("QUERY", "Words to find; a word ending in * matches as a prefix."));
        return spec;
    }

    private final Map<UUID, String> challengeTitles = new HashMap<>();
    private final Map<UUID, Integer> loopNumbers = new HashMap<>();

    @Override
    protected void run(JournalStore store) throws Exception {
        int limit = option("--limit");
        boolean json = option("--json");
        List<String> words = parameter();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadInputException("--limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        List<SearchHit> hits = store.search().search(String.join(" ", words), limit);
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (SearchHit hit : hits) {
                array.addObject()
                        .put("id", hit.targetId().toString())
                        .put("kind", hit.kind().name())
                        .put("ownerId", text(hit.ownerId()))
                        .put("challengeId", text(hit.challengeId()))
                        .put("loopId", text(hit.loopId()))
                        .put("phase", hit.phase() == null ? null : hit.phase().name())
                        .put("fieldKey", hit.fieldKey())
                        .put("location", location(store, hit))
                        .put("snippet", snippet(hit));
            }
            out().println(ListCommand.writeJson(mapper, array));
            return;
        }
        if (hits.isEmpty()) {
            out().println("No hits");
        }
        for (SearchHit hit : hits) {
            out().printf("%s  %-9s  %s%n    %s%n", hit.targetId(), hit.kind(), location(store, hit), snippet(hit));
        }
    }

    private String location(JournalStore store, SearchHit hit) {
        List<String> parts = new ArrayList<>();
        if (hit.challengeId() != null) {
            parts.add("\"" + challengeTitles.computeIfAbsent(hit.challengeId(),
                    id -> store.challenges().find(id).map(Challenge::title).orElse("?")) + "\"");
        }
        if (hit.loopId() != null) {
            parts.add("loop " + loopNumbers.computeIfAbsent(hit.loopId(),
                    id -> store.loops().find(id).map(Loop::number).orElse(0)));
        }
        if (hit.phase() != null) {
            parts.add(hit.phase().name());
        }
        if (hit.fieldKey() != null) {
            parts.add(hit.fieldKey());
        }
        return parts.isEmpty() ? "journal" : String.join(" > ", parts);
    }

    private static String snippet(SearchHit hit) {
        return Cli.oneLine(hit.snippet().replace(SearchHit.MARK_START, '[').replace(SearchHit.MARK_END, ']'));
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
