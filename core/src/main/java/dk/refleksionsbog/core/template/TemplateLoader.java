package dk.refleksionsbog.core.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;

/** Reads one template set file (or an index of them) and validates it. */
public final class TemplateLoader {
    private TemplateLoader() {}

    /** Loads and validates the template set at {@code url}; the file name appears in every error. */
    public static TemplateSet load(URL url) {
        String fileName = fileName(url);
        try (InputStream in = LocalResources.open(url)) {
            return TemplateValidator.validate(TemplateJson.readSet(in), fileName);
        } catch (IOException e) {
            throw new TemplateException("Template file " + fileName, "cannot be read: " + firstLine(e), e);
        }
    }

    /** The file names an index lists, relative to the index itself. */
    static List<String> readIndex(URL indexUrl) {
        try (InputStream in = LocalResources.open(indexUrl)) {
            List<String> templateSets = TemplateJson.readIndex(in);
            if (templateSets == null || templateSets.isEmpty()) {
                throw new TemplateException("Template index " + indexUrl, List.of("lists no template sets"));
            }
            return templateSets;
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
}
