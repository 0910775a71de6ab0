package dk.refleksionsbog.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a template file as plain JSON, independent of the loader, and lists every text object
 * (one with a "da" or an "en" member) that lacks the other language.
 */
final class TranslationScan {
    private TranslationScan() {}

    static List<String> untranslated(URL file) {
        try (InputStream in = file.openStream()) {
            List<String> found = new ArrayList<>();
            scan(new ObjectMapper().readTree(in), "", found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void scan(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            if (node.has("da") || node.has("en")) {
                for (String language : List.of("da", "en")) {
                    if (!node.hasNonNull(language) || node.get(language).asText().isBlank()) {
                        found.add(path + " lacks " + language);
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                scan(member.getValue(), path + "/" + member.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), path + "/" + i, found);
            }
        }
    }
}
