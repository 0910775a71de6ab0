package dk.refleksionsbog.core.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Tags are short lower-case words; the triple bottom line is always offered. */
public final class Tags {
    public static final int MAX_LENGTH = 40;

    /** The programme's "tredobbelt bundlinje": citizen, organisation, economy. */
    public static final List<String> TRIPLE_BOTTOM_LINE = List.of("borger", "organisation", "økonomi");

    /** Compiled once: String.replaceFirst and replaceAll compile their pattern at every call. */
    private static final Pattern LEADING_HASHES = Pattern.compile("^#+");
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");

    private Tags() {}

    public static String normalise(String tag) {
        String withoutHashes = LEADING_HASHES.matcher(Texts.orEmpty(tag).strip()).replaceFirst("");
        String cleaned = WHITESPACE_RUNS.matcher(withoutHashes).replaceAll(" ");
        cleaned = cleaned.toLowerCase(Locale.ROOT);
        if (cleaned.isEmpty()) {
            throw new DomainRuleViolation("A tag must not be empty");
        }
        if (cleaned.length() > MAX_LENGTH) {
            throw new DomainRuleViolation(DomainRuleViolation.Kind.TAG_TOO_LONG, "A tag is at most " + MAX_LENGTH + " characters: " + cleaned);
        }
        return cleaned;
    }

    /** Normalised, de-duplicated and sorted, so equal tag sets compare equal. */
    public static List<String> normaliseAll(Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        TreeSet<String> set = new TreeSet<>();
        for (String tag : tags) {
            set.add(normalise(tag));
        }
        return List.copyOf(set);
    }
}
