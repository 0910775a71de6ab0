package dk.refleksionsbog.core.template;

import dk.refleksionsbog.core.domain.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every template set the app knows. Each {@value #INDEX} on the class path lists template set
 * files in its own folder, so a new programme is added by dropping its file next to an index and
 * listing it there — no code change. Everything is loaded and validated at once, at start-up.
 */
public final class TemplateRegistry {
    public static final String INDEX = "dk/refleksionsbog/core/template/template-sets.json";
    /** The index file's name inside an extra template folder. */
    public static final String FOLDER_INDEX = "template-sets.json";

    private final Map<String, TemplateSet> setsById;

    private TemplateRegistry(Map<String, TemplateSet> setsById) {
        this.setsById = Collections.unmodifiableMap(setsById);
    }

    /** The sets listed by every index visible to core's own class loader. */
    public static TemplateRegistry loadDefault() {
        return load(TemplateRegistry.class.getClassLoader());
    }

    /**
     * The shipped sets plus those listed by {@code template-sets.json} in {@code folder}, if that
     * file exists; lets a kommune add its programme to an installed app by dropping files there.
     * A broken file there fails like a shipped one; the caller may then fall back to
     * {@link #loadDefault()} and show the message.
     */
    public static TemplateRegistry loadDefaultAndFolder(Path folder) {
        List<URL> indexes = new ArrayList<>(classPathIndexes(TemplateRegistry.class.getClassLoader()));
        Path index = folder.resolve(FOLDER_INDEX);
        if (Files.isRegularFile(index)) {
            try {
                indexes.add(LocalResources.of(index));
            } catch (MalformedURLException e) {
                throw new TemplateException("Template index " + index, "is not a readable path", e);
            }
        }
        return fromIndexes(indexes);
    }

    public static TemplateRegistry load(ClassLoader classLoader) {
        return fromIndexes(classPathIndexes(classLoader));
    }

    private static List<URL> classPathIndexes(ClassLoader classLoader) {
        List<URL> indexes;
        try {
            indexes = Collections.list(classLoader.getResources(INDEX));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for " + INDEX + " on the class path", e);
        }
        if (indexes.isEmpty()) {
            throw new TemplateException("Template registry", List.of("no " + INDEX + " on the class path"));
        }
        return indexes;
    }

    /** The sets listed by the given index files, in their order. */
    public static TemplateRegistry fromIndexes(List<URL> indexes) {
        Map<String, TemplateSet> sets = new LinkedHashMap<>();
        Map<String, URL> origins = new LinkedHashMap<>();
        for (URL index : indexes) {
            for (String fileName : TemplateLoader.readIndex(index)) {
                URL file = resolve(index, fileName);
                TemplateSet set = TemplateLoader.load(file);
                URL earlier = origins.putIfAbsent(set.id(), file);
                if (earlier != null) {
                    throw new TemplateException("Template set '" + set.id() + "'",
                            List.of("is defined twice, in " + earlier + " and " + file));
                }
                sets.put(set.id(), set);
            }
        }
        return new TemplateRegistry(sets);
    }

    private static URL resolve(URL index, String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new TemplateException("Template index " + index,
                    List.of("entry '" + fileName + "' must be a plain file name in the index's folder"));
        }
        try {
            return new URL(index, fileName);
        } catch (MalformedURLException e) {
            throw new TemplateException("Template index " + index, "entry '" + fileName + "' is not a file name", e);
        }
    }

    /** All sets, in index order. */
    public List<TemplateSet> sets() {
        return new ArrayList<>(setsById.values());
    }

    public Optional<TemplateSet> find(String id) {
        return Optional.ofNullable(setsById.get(id));
    }

    public TemplateSet get(String id) {
        return find(id).orElseThrow(() -> new TemplateException("Template set '" + id + "'",
                List.of("is not installed; known sets: " + setsById.keySet())));
    }

    /** The programme material the app ships with ({@link Journal#DEFAULT_TEMPLATE_SET}). */
    public TemplateSet defaultSet() {
        return get(Journal.DEFAULT_TEMPLATE_SET);
    }

    /** The set a journal was written with. */
    public TemplateSet forJournal(Journal journal) {
        return get(journal.templateSetId());
    }
}
