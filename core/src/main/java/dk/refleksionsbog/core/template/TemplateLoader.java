package dk.refleksionsbog.core.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

/** Reads one template set file (or an index of them) and validates it. */
public final class TemplateLoader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TemplateLoader() {}

    /** Loads and validates the template set at {@code url}; the file name appears in every error. */
    public static TemplateSet load(URL url) {
        String fileName = fileName(url);
        try (InputStream in = LocalResources.open(url)) {
            return TemplateValidator.validate(MAPPER.readValue(in, TemplateSetDocument.class), fileName);
        } catch (IOException e) {
            throw new TemplateException("Template file " + fileName, "cannot be read: " + firstLine(e), e);
        }
    }

    /** The file names an index lists, relative to the index itself. */
    static List<String> readIndex(URL indexUrl) {
        try (InputStream in = LocalResources.open(indexUrl)) {
            TemplateIndex index = MAPPER.readValue(in, TemplateIndex.class);
            if (index.templateSets() == null || index.templateSets().isEmpty()) {
                throw new TemplateException("Template index " + indexUrl, List.of("lists no template sets"));
            }
            return index.templateSets();
        } catch (IOException e) {
            throw new TemplateException("Template index " + indexUrl, "cannot be read: " + firstLine(e), e);
        }
    }

    private static String fileName(URL url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String firstLine(IOException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** {@code template-sets.json}: the files of the template sets next to it. */
    record TemplateIndex(List<String> templateSets) {}
}
