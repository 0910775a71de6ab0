package dk.refleksionsbog.core.template;

import java.util.Locale;

/**
 * One text of a template set in both languages the app speaks. A text may name the programme's
 * strategy with {@value #STRATEGY_PLACEHOLDER}, which is replaced by the journal's strategy name
 * or the set's default.
 */
public record LocalizedText(String da, String en) {
    public static final String STRATEGY_PLACEHOLDER = "{strategy}";

    public static final String DANISH = "da";
    public static final String ENGLISH = "en";

    /** The raw text in one language, placeholder untouched. */
    public String in(String language) {
        return switch (checkedLanguage(language)) {
            case DANISH -> da;
            default -> en;
        };
    }

    /** The text in one language with the strategy placeholder filled in. */
    public String resolve(String language, String strategyName) {
        return in(language).replace(STRATEGY_PLACEHOLDER, strategyName);
    }

    public boolean isBlankIn(String language) {
        String text = in(language);
        return text == null || text.isBlank();
    }

    /** "da" or "en"; anything else is a programming error, since journals only allow these two. */
    public static String checkedLanguage(String language) {
        if (DANISH.equals(language) || ENGLISH.equals(language)) {
            return language;
        }
        throw new IllegalArgumentException("Templates exist in da and en, not in " + language);
    }

    public static String languageOf(Locale locale) {
        return checkedLanguage(locale.getLanguage());
    }
}
